// Progressive enhancement only: every page works without this file.
// Stops a double tap from submitting an answer twice (the server keeps the first one anyway).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.dataset.sent === 'yes') {
    event.preventDefault();
    return;
  }
  form.dataset.sent = 'yes';
});

// A page restored from the back/forward cache keeps the flag; let its forms be sent again.
window.addEventListener('pageshow', () => {
  for (const form of document.querySelectorAll('form[data-sent]')) delete form.dataset.sent;
});
