/**
 * A region that scrolls sideways (a wide table on a phone, a chart's figures) must be reachable by keyboard,
 * or its hidden columns are out of reach for anyone without a mouse (axe: scrollable-region-focusable).
 * Ant Design renders its tables' scroll containers itself, so one observer marks every container that
 * actually scrolls, instead of each screen wrapping its tables.
 */
const SCROLLERS = '.ant-table-content, .ant-table-body, .stat-table-wrap, .scroll-x';
const MARK = 'scrollFocus';

function mark(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.dataset[MARK] = '1';
    } else if (!scrolls && el.dataset[MARK]) {
      el.removeAttribute('tabindex');
      delete el.dataset[MARK];
    }
  }
}

export function keepScrollRegionsFocusable(root: HTMLElement): void {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark(root);
    });
  };
  // Only added and removed nodes are watched: the attributes set here do not wake the observer again.
  new MutationObserver(schedule).observe(root, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  schedule();
}
