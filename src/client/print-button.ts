/**
 * "Print reference sheet" buttons (`[data-print-button]`): rendered `hidden`, so they stay out of
 * the way without JavaScript; shown and wired to the browser's print dialog here. No inline handlers.
 */
function enhance(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    if (button.dataset.printReady === 'true') continue;
    button.dataset.printReady = 'true';
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
}

enhance();
