// The projector's keys (PresentView): digits open a table, 0/Esc/G the tables, J the join screen, V the votes, the
// feature screens' letters their screens, the arrows and Page keys the next or previous page; the controls strip
// shows while the mouse moves. Keys typed into a field are the field's. A control that is disabled while it has
// the focus (Next phase at the last phase) would swallow every key — the browser sends no key events from a
// disabled form control — so the focus leaves it for the screen.
window.workshopProjectorKeys = (view, screens) => {
  let digits = '', timer = null, hide = null;
  const typing = t => t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)
    || (t.tagName && t.tagName.startsWith('VAADIN-') && t.tagName !== 'VAADIN-BUTTON'));
  const keys = e => {
    if (!view.isConnected) { stop(); return; }
    if (e.ctrlKey || e.altKey || e.metaKey || typing(e.composedPath()[0])) { return; }
    if (/^[0-9]$/.test(e.key)) {
      if (e.key === '0' && digits === '') { view.$server.showStage('GALLERY'); return; }
      digits += e.key; clearTimeout(timer);
      timer = setTimeout(() => { const n = parseInt(digits, 10); digits = ''; view.$server.focusTable(n); }, 600);
      return;
    }
    const stage = { Escape: 'GALLERY', g: 'GALLERY', j: 'JOIN', v: 'VOTES' }[e.key];
    if (stage) { view.$server.showStage(stage); e.preventDefault(); return; }
    const screen = screens[e.key];
    if (screen) { view.$server.showScreen(screen); e.preventDefault(); return; }
    const step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[e.key];
    if (step) { view.$server.step(step); e.preventDefault(); }
  };
  const move = () => {
    view.classList.add('show-controls'); clearTimeout(hide);
    hide = setTimeout(() => {
      const bar = view.querySelector('.control-bar'), active = document.activeElement;
      if (bar && bar.matches(':hover')) { move(); return; }
      // a control clicked with the mouse keeps the focus; let go of it so the strip can hide
      if (bar && active && bar.contains(active) && !active.hasAttribute('focus-ring')) { active.blur(); }
      view.classList.remove('show-controls');
    }, 3000);
  };
  const disabled = new MutationObserver(() => {
    const active = document.activeElement;
    if (active && view.contains(active) && active.hasAttribute('disabled')) {
      if (!view.hasAttribute('tabindex')) { view.setAttribute('tabindex', '-1'); }
      view.focus({ preventScroll: true });
    }
  });
  const stop = () => {
    document.removeEventListener('keydown', keys);
    document.removeEventListener('mousemove', move);
    disabled.disconnect();
  };
  document.addEventListener('keydown', keys);
  document.addEventListener('mousemove', move);
  disabled.observe(view, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
};
