/**
 * "Print reference sheet" buttons (`[data-print-button]`): rendered invisible but in place (no layout
 * shift when they appear) and not at all without JavaScript; shown (`data-print-ready`) and wired to
 * the browser's print dialog here. No inline handlers.
 */
function enhance(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    if (button.dataset.printReady === 'true') continue;
    button.dataset.printReady = 'true';
    button.addEventListener('click', () => window.print());
  }
}

enhance();
