// scraperHeader: a dataset's record header and story codes are the scraper's.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('scraperHeader', [
  {
    name: 'a record header on the first line is no date; a story code goes too',
    text: [' date 2020-02-17 0', 'A Headline Here', '', 'Story Code : 845043', PROSE],
    lines: { 1: 'dropped: scraper-header', 4: 'dropped: story-code' },
    record: { date: null, title: 'A Headline Here' },
  },
  {
    name: 'a web archive record’s header: dropped, its crawl date no date, its address the url',
    text: [
      'WARC/1.0',
      'WARC-Type: conversion',
      'WARC-Target-URI: https://news.example.com/2020/02/17/bridge',
      'WARC-Date: 2020-02-18T04:12:55Z',
      'Content-Type: text/plain',
      'Content-Length: 612',
      '',
      'A Headline Here',
      PROSE,
    ],
    lines: {
      1: 'dropped: scraper-header',
      4: 'dropped: scraper-header',
      6: 'dropped: scraper-header',
    },
    record: {
      date: null,
      title: 'A Headline Here',
      url: 'https://news.example.com/2020/02/17/bridge',
    },
  },
  {
    name: 'a `Content-Type:` line with no `WARC` line is no archive header',
    text: ['Content-Type: text/plain', '', 'A Headline Here', PROSE],
    others: { 1: 'title' },
  },
]);
