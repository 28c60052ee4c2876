// "Trouver un accompagnement": enhancements only, the page works without them.
// 1. Suggestions of communes under the place field (/api/v1/communes), as an accessible combobox.
// 2. The map: zoom (buttons, wheel), pan (drag), markers regrouped at each zoom level, a click on a
//    group zooms in, a click on a single activator opens the profile.
const SVG = 'http://www.w3.org/2000/svg';

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function enhancePlaceField() {
  const input = document.getElementById('champ-lieu');
  if (!input) return;
  const group = input.parentElement;
  group.style.position = 'relative';
  const list = document.createElement('ul');
  list.id = 'champ-lieu-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Communes proposées');
  Object.assign(list.style, {
    position: 'absolute', zIndex: '10', left: '0', right: '0', margin: '0', padding: '0', listStyle: 'none',
    background: 'var(--background-default-grey, #fff)', border: '1px solid var(--border-default-grey, #ddd)',
    boxShadow: '0 4px 12px rgba(0,0,0,.15)', maxHeight: '18rem', overflowY: 'auto',
  });
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'fr-sr-only';
  status.setAttribute('aria-live', 'polite');
  group.append(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  let options = [];
  let active = -1;
  let lastQuery = '';
  let controller;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === index));
      li.style.background = i === index ? 'var(--background-action-low-blue-france, #e3e3fd)' : '';
    });
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const choose = (index) => {
    const commune = options[index];
    if (!commune) return;
    input.value = commune.codesPostaux.length === 1 ? `${commune.codesPostaux[0]} ${commune.nom}` : commune.nom;
    close();
  };
  const render = () => {
    list.replaceChildren(
      ...options.map((c, i) => {
        const li = document.createElement('li');
        li.id = `champ-lieu-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = `${c.libelle} — ${c.departement.nom}`;
        Object.assign(li.style, { padding: '.5rem .75rem', cursor: 'pointer' });
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    status.textContent = options.length ? `${options.length} communes proposées, flèches haut et bas pour choisir.` : '';
    active = -1;
  };
  const fetchSuggestions = debounce(async (query) => {
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.length < 2) {
      options = [];
      render();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`/api/v1/communes?q=${encodeURIComponent(query)}&limite=8`, { signal: controller.signal });
      if (!response.ok) return;
      options = (await response.json()).communes ?? [];
      if (document.activeElement === input) render();
    } catch {
      // Offline or aborted: the field still works as plain text.
    }
  }, 200);

  input.addEventListener('input', () => fetchSuggestions(input.value.trim()));
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

function enhanceMap() {
  const svg = document.querySelector('svg[data-carte]');
  if (!svg) return;
  const layer = svg.querySelector('[data-marqueurs]');
  const full = { x: 0, y: 0, w: Number(svg.dataset.largeur), h: Number(svg.dataset.hauteur) };
  const start = svg.dataset.vue.split(' ').map(Number);
  const initial = { x: start[0], y: start[1], w: start[2], h: start[3] };
  let view = { ...initial };
  let points = null;

  const apply = () => {
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    if (points) draw();
  };
  const zoom = (factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) => {
    const w = Math.min(full.w * 1.2, Math.max(8, view.w * factor));
    const h = (w / view.w) * view.h;
    view = { x: cx - ((cx - view.x) / view.w) * w, y: cy - ((cy - view.y) / view.h) * h, w, h };
    apply();
  };
  const load = async () => {
    if (points) return;
    try {
      const response = await fetch(svg.dataset.points);
      if (response.ok) points = (await response.json()).points;
    } catch {
      // Keeps the server's markers.
    }
  };

  function draw() {
    const cell = view.w / 24;
    const groups = new Map();
    for (const p of points) {
      if (p.x < view.x || p.x > view.x + view.w || p.y < view.y || p.y > view.y + view.h) continue;
      const key = `${Math.floor((p.x - view.x) / cell)}:${Math.floor((p.y - view.y) / cell)}`;
      const g = groups.get(key);
      if (!g) groups.set(key, { sx: p.x * p.nombre, sy: p.y * p.nombre, n: p.nombre, top: p, communes: 1 });
      else {
        g.sx += p.x * p.nombre;
        g.sy += p.y * p.nombre;
        g.n += p.nombre;
        g.communes += 1;
        if (p.nombre > g.top.nombre) g.top = p;
      }
    }
    const base = view.w / 110;
    const nodes = [...groups.values()].map((g) => {
      const x = g.sx / g.n;
      const y = g.sy / g.n;
      const r = g.n === 1 ? base : base * (1.25 + Math.min(1.2, Math.log10(g.n) * 0.6));
      const single = g.n === 1 && g.top.slug;
      const a = document.createElementNS(SVG, 'a');
      a.setAttribute('href', single ? `/trouver-un-accompagnement/${g.top.slug}` : '#carte-resultats');
      a.setAttribute('tabindex', '-1');
      const title = document.createElementNS(SVG, 'title');
      const label = g.top.commune || g.top.codePostal;
      title.textContent = single ? `${g.top.nom}, ${label}` : `${label}${g.communes > 1 ? ' et alentours' : ''} : ${g.n} activateurs`;
      const circle = document.createElementNS(SVG, 'circle');
      for (const [k, v] of Object.entries({ cx: x, cy: y, r, fill: '#000091', stroke: '#fff', 'stroke-width': r / 5 })) circle.setAttribute(k, String(v));
      a.append(title, circle);
      if (g.n > 1) {
        const text = document.createElementNS(SVG, 'text');
        for (const [k, v] of Object.entries({ x, y: y + r * 0.35, 'text-anchor': 'middle', 'font-size': r * (g.n > 99 ? 0.8 : 1.05), 'font-weight': 700, fill: '#fff', 'font-family': 'Marianne, Arial, sans-serif' })) {
          text.setAttribute(k, String(v));
        }
        text.textContent = g.n > 999 ? '999+' : String(g.n);
        a.append(text);
        a.addEventListener('click', (event) => {
          event.preventDefault();
          zoom(0.35, x, y);
        });
      }
      return a;
    });
    layer.replaceChildren(...nodes);
  }

  const buttons = document.createElement('ul');
  buttons.className = 'fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left';
  const button = (label, action) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'fr-btn fr-btn--tertiary';
    b.textContent = label;
    b.addEventListener('click', async () => {
      await load();
      action();
    });
    li.append(b);
    buttons.append(li);
  };
  button('Agrandir la carte', () => zoom(0.6));
  button('Réduire la carte', () => zoom(1 / 0.6));
  button('Vue de départ', () => {
    view = { ...initial };
    apply();
  });
  svg.parentElement.insertBefore(buttons, svg);

  const toMap = (event) => {
    const rect = svg.getBoundingClientRect();
    return { x: view.x + ((event.clientX - rect.left) / rect.width) * view.w, y: view.y + ((event.clientY - rect.top) / rect.height) * view.h };
  };
  svg.addEventListener(
    'wheel',
    async (event) => {
      event.preventDefault();
      await load();
      const at = toMap(event);
      zoom(event.deltaY > 0 ? 1.25 : 0.8, at.x, at.y);
    },
    { passive: false },
  );
  let drag = null;
  svg.addEventListener('pointerdown', (event) => {
    if (event.target.closest('a')) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...view }, moved: false };
    svg.setPointerCapture(event.pointerId);
    load();
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect();
    const dx = ((event.clientX - drag.x) / rect.width) * view.w;
    const dy = ((event.clientY - drag.y) / rect.height) * view.h;
    if (Math.abs(dx) + Math.abs(dy) > 0) drag.moved = true;
    view = { ...view, x: drag.view.x - dx, y: drag.view.y - dy };
    svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  });
  const end = () => {
    if (drag?.moved) apply();
    drag = null;
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  svg.style.touchAction = 'none';
  svg.style.cursor = 'grab';
}

/** Shared links stay short: empty filters are not sent ("?lieu=69003" rather than "?lieu=69003&theme=&type=…"). */
function tidySearchForm() {
  const form = document.querySelector('form[role="search"]');
  form?.addEventListener('submit', () => {
    for (const field of form.querySelectorAll('input[name], select[name]')) {
      if (field.value.trim() === '') field.disabled = true;
    }
  });
  // Back to the page from the browser's cache: the fields must be usable again.
  window.addEventListener('pageshow', () => {
    for (const field of form?.querySelectorAll('[disabled]') ?? []) field.disabled = false;
  });
}

enhancePlaceField();
enhanceMap();
tidySearchForm();
