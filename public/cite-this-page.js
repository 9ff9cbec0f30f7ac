// Cite this page: copy buttons (an enhancement; the citation is complete in the HTML). Uses today's date as the access date.
for (const box of document.querySelectorAll('[data-cite-page]')) {
  const built = box.dataset.accessed;
  const today = new Date().toISOString().slice(0, 10);
  const labels = JSON.parse(box.dataset.labels);
  const lang = document.documentElement.lang === 'ru' ? 'ru-RU' : 'en-GB';
  const long = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const text = (format) => {
    const element = box.querySelector(`[data-format="${format}"]`);
    if (format === 'text') {
      // The access date is the reader's: today, in the page's language.
      const copy = element.cloneNode(true);
      copy.querySelector('[data-accessed]').textContent = long(today);
      return copy.textContent.replace(/\s+/g, ' ').trim();
    }
    const raw = element.textContent.trim();
    if (format === 'csl') {
      const items = JSON.parse(raw);
      for (const item of items) item.accessed = { 'date-parts': [today.split('-').map(Number)] };
      return JSON.stringify(items, null, 2);
    }
    return raw.replace(`urldate = {${built}}`, `urldate = {${today}}`);
  };
  if (!navigator.clipboard) continue;
  // Buttons exist only where they work: without JavaScript the page shows the text to select.
  const actions = document.createElement('p');
  actions.className = 'cite-page__actions';
  const status = document.createElement('span');
  status.className = 'cite-page__status';
  status.setAttribute('role', 'status');
  for (const [format, label] of [['text', labels.text], ['bibtex', labels.bibtex], ['csl', labels.csl]]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.copy = format;
    button.textContent = label;
    actions.append(button);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text(button.dataset.copy));
        status.textContent = labels.copied;
      } catch {
        status.textContent = labels.failed;
      }
    });
  }
  actions.append(status);
  box.querySelector('[data-format="text"]').after(actions);
}
