// The live class view refreshes its board by polling; without this file the "Refresh now" link does the same.
(() => {
  const status = document.getElementById('live-status');
  const board = document.getElementById('live-board');
  if (!status || !board) return;
  const seconds = Number(status.dataset.refreshSeconds) || 5;
  const url = status.dataset.boardUrl;
  status.setAttribute('role', 'status');
  status.textContent = `Updates itself every ${seconds} seconds.`;
  let failures = 0;
  async function refresh() {
    try {
      const res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
      if (res.redirected || !res.ok) throw new Error(`status ${res.status}`);
      // The board is rendered and escaped by the server, like the page it came from.
      board.innerHTML = await res.text();
      if (failures > 0) status.textContent = `Updates itself every ${seconds} seconds.`;
      failures = 0;
    } catch {
      failures++;
      status.textContent = 'Could not update: check the connection, or use "Refresh now".';
    }
    setTimeout(refresh, Math.min(60, seconds * (failures + 1)) * 1000);
  }
  setTimeout(refresh, seconds * 1000);
})();
