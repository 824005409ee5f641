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
  {
    name: "a web clipper's header: its clip date no date, its source the url, its filing lines gone",
    text: [
      'A Headline Here',
      'Source: https://news.example.com/2024/03/village-shops',
      'Clipped: 14/03/2024 09:05',
      'Notebook: Rural stories',
      '────────────────────',
      '',
      PROSE,
    ],
    lines: {
      2: 'dropped: scraper-header',
      3: 'dropped: scraper-header',
      4: 'dropped: scraper-header',
    },
    others: { 5: 'dropped: boilerplate:rule' },
    record: {
      date: null,
      title: 'A Headline Here',
      url: 'https://news.example.com/2024/03/village-shops',
    },
  },
  {
    name: "a read-it-later export's `Saved on` date gives way to the article's own, in French too",
    text: [
      'Un titre assez long pour un article',
      'https://news.example.com/2023/11/28/mall',
      'Enregistré le 2 décembre 2023 · 9 min de lecture',
      '',
      'Par Jeanne Martin',
      '28 novembre 2023',
      '',
      'Le conseil municipal a voté lundi soir la transformation de l’ancien centre commercial en bibliothèque.',
    ],
    lines: { 2: 'dropped: scraper-header', 3: 'dropped: scraper-header' },
    record: { date: '2023-11-28', byline: 'Jeanne Martin' },
  },
  {
    name: 'a headline that opens with `Saved` and no date is the headline; an address alone stays',
    text: ['Saved 3 Children From the River', 'https://news.example.com/a', '', PROSE],
    others: { 1: 'title' },
  },
  {
    name: 'a saving label glued to its colon without a space (`保存日：`) is read too',
    text: ['A Headline Here', '保存日：2024-03-09 22:17', '', PROSE],
    lines: { 2: 'dropped: scraper-header' },
    record: { date: null },
  },
]);
