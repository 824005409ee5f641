// Before the search page is first painted: a query in the address means results will come,
// so their place is kept (`has-query`, style.css) and nothing shifts when they arrive.
if (new URLSearchParams(location.search).get('q')) {
  document.documentElement.classList.add('has-query');
}
