// Entry point of the child process that renders its share of the site's parts.
import { serveRenderRequests } from './render.ts';

serveRenderRequests();
