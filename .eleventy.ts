// Eleventy configuration (the archive site is built on it in the site issue).
export default function (eleventyConfig: { setInputDirectory(dir: string): void }) {
  eleventyConfig.setInputDirectory('templates');
}
