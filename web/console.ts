/// <reference lib="dom" />
/**
 * The web console's DOM wiring. Everything the API returns is inserted with textContent, never as HTML. The API key
 * lives in sessionStorage only and travels in the x-api-key header, never in a URL or a log line.
 */
import {
  buildDiscoverRequest,
  ENRICHMENT_LEVELS,
  formatConfidence,
  formatDateTime,
  formatPercent,
  formatQuality,
  groupByRole,
  groupsUrl,
  groupUrl,
  historyTimeline,
  historyUrl,
  isoToLocalInput,
  memberUrl,
  parseApiError,
  roleName,
  ROLE_ORDER,
  SOLUTION_CATEGORIES,
  summariseDiscovery,
  API_BASE,
  type GroupSummary,
  type GroupView,
  type HistoryEntry,
  type MemberView,
} from './console-model.js';

const KEY_STORAGE = 'bgi.console.apiKey';

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`console markup is missing #${id}`);
  return element as T;
}

/** A new element with optional class and text (text set with textContent). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

const ui = {
  keyForm: byId<HTMLFormElement>('key-form'),
  keyInput: byId<HTMLInputElement>('api-key'),
  keyState: byId<HTMLElement>('key-state'),
  forgetKey: byId<HTMLButtonElement>('forget-key'),
  loading: byId<HTMLElement>('loading'),
  error: byId<HTMLElement>('error'),
  errorText: byId<HTMLElement>('error-text'),
  errorClose: byId<HTMLButtonElement>('error-close'),
  notice: byId<HTMLElement>('notice'),
  refreshGroups: byId<HTMLButtonElement>('refresh-groups'),
  groupsBody: byId<HTMLTableSectionElement>('groups-body'),
  groupsEmpty: byId<HTMLElement>('groups-empty'),
  groupsTotal: byId<HTMLElement>('groups-total'),
  groupSection: byId<HTMLElement>('group'),
  groupTitle: byId<HTMLElement>('group-title'),
  groupMeta: byId<HTMLElement>('group-meta'),
  pastBadge: byId<HTMLElement>('past-badge'),
  asOfForm: byId<HTMLFormElement>('asof-form'),
  asOfInput: byId<HTMLInputElement>('asof'),
  asOfNow: byId<HTMLButtonElement>('asof-now'),
  quality: byId<HTMLElement>('quality'),
  orgMap: byId<HTMLElement>('org-map'),
  history: byId<HTMLOListElement>('history'),
  historyEmpty: byId<HTMLElement>('history-empty'),
  closeGroup: byId<HTMLButtonElement>('close-group'),
  discoverForm: byId<HTMLFormElement>('discover-form'),
  discoverCategory: byId<HTMLSelectElement>('discover-category'),
  discoverLevel: byId<HTMLSelectElement>('discover-level'),
  discoverResult: byId<HTMLElement>('discover-result'),
};

const state: { groupId: string | null; asOf: string | null; group: GroupView | null } = { groupId: null, asOf: null, group: null };

// ---------------------------------------------------------------- key, loading, messages

const getKey = (): string | null => sessionStorage.getItem(KEY_STORAGE);

function showKeyState(): void {
  const hasKey = Boolean(getKey());
  ui.keyState.textContent = hasKey ? 'Key set for this browser tab.' : 'No key set.';
  ui.keyState.className = hasKey ? 'key-state ok' : 'key-state missing';
  ui.forgetKey.disabled = !hasKey;
}

let pending = 0;
function setLoading(delta: number): void {
  pending = Math.max(0, pending + delta);
  ui.loading.hidden = pending === 0;
  document.body.setAttribute('aria-busy', pending > 0 ? 'true' : 'false');
}

function showError(message: string): void {
  ui.errorText.textContent = message;
  ui.error.hidden = false;
}

function clearError(): void {
  ui.error.hidden = true;
  ui.errorText.textContent = '';
}

function showNotice(message: string): void {
  ui.notice.textContent = message;
  ui.notice.hidden = !message;
}

/** One API call: the key in its header, JSON in and out, any failure as an ApiError carrying the API's message. */
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const key = getKey();
  if (key) headers['x-api-key'] = key;
  if (body !== undefined) headers['content-type'] = 'application/json';
  setLoading(1);
  try {
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store' });
    } catch {
      throw new ApiError(0, parseApiError(0, undefined));
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: parseApiError copes with text
    }
    if (!response.ok) throw new ApiError(response.status, parseApiError(response.status, parsed));
    return parsed as T;
  } finally {
    setLoading(-1);
  }
}

/** Runs an action, showing its error (never throwing into the event loop). */
async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  }
}

// ---------------------------------------------------------------- groups list

async function loadGroups(): Promise<void> {
  if (!getKey()) {
    ui.groupsBody.replaceChildren();
    ui.groupsTotal.textContent = '';
    ui.groupsEmpty.textContent = 'Enter an API key to see the workspace’s buyer groups.';
    ui.groupsEmpty.hidden = false;
    return;
  }
  const page = await api<{ total: number; buyerGroups: GroupSummary[] }>('GET', groupsUrl(100));
  ui.groupsBody.replaceChildren(
    ...page.buyerGroups.map((group) => {
      const row = el('tr');
      const companyCell = el('td');
      const open = el('button', 'link', group.companyName);
      open.type = 'button';
      open.addEventListener('click', () => void run(() => openGroup(group.id)));
      companyCell.append(open);
      if (group.status !== 'active') companyCell.append(' ', el('span', 'tag', group.status));
      row.append(
        companyCell,
        el('td', 'num', String(group.totalMembers)),
        el('td', 'num', formatPercent(group.overallScore)),
        el('td', undefined, formatDateTime(group.updatedAt)),
      );
      row.dataset.groupId = group.id;
      if (group.id === state.groupId) row.className = 'selected';
      return row;
    }),
  );
  ui.groupsTotal.textContent = page.total > page.buyerGroups.length ? `${page.buyerGroups.length} of ${page.total} shown` : `${page.total} group${page.total === 1 ? '' : 's'}`;
  ui.groupsEmpty.textContent = 'No buyer groups in this workspace yet: discover one below.';
  ui.groupsEmpty.hidden = page.buyerGroups.length > 0;
}

// ---------------------------------------------------------------- one group

async function openGroup(groupId: string, asOf: string | null = null): Promise<void> {
  clearError();
  const url = groupUrl(groupId, asOf);
  const [view, history] = await Promise.all([
    api<{ buyerGroup: GroupView; asOf?: string }>('GET', url),
    api<{ history: HistoryEntry[] }>('GET', historyUrl(groupId)),
  ]);
  state.groupId = groupId;
  state.asOf = asOf;
  state.group = view.buyerGroup;
  renderGroup(view.buyerGroup, view.asOf ?? null);
  renderHistory(history.history, view.buyerGroup.members, view.asOf ?? null);
  ui.groupSection.hidden = false;
  for (const row of Array.from(ui.groupsBody.rows)) row.classList.toggle('selected', row.dataset.groupId === groupId);
  ui.groupSection.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function renderGroup(group: GroupView, asOf: string | null): void {
  ui.groupTitle.textContent = group.company.name;
  const meta = [
    group.company.industry,
    group.company.employeeCount !== undefined ? `${group.company.employeeCount.toLocaleString()} employees` : undefined,
    typeof group.sellerProfile?.solutionCategory === 'string' ? `seller: ${roleName(group.sellerProfile.solutionCategory)}` : undefined,
    `enrichment: ${roleName(group.enrichmentLevel)}`,
    `${group.totalMembers} member${group.totalMembers === 1 ? '' : 's'}`,
    `updated ${formatDateTime(group.updatedAt)}`,
    group.status !== 'active' ? group.status : undefined,
  ].filter((part): part is string => Boolean(part));
  ui.groupMeta.textContent = meta.join(' · ');

  if (asOf) {
    ui.pastBadge.textContent = `Viewing the past: as of ${formatDateTime(asOf)} (version ${group.version}). Overrides are disabled.`;
    ui.pastBadge.hidden = false;
    ui.asOfInput.value = isoToLocalInput(asOf);
  } else {
    ui.pastBadge.hidden = true;
    ui.pastBadge.textContent = '';
    ui.asOfInput.value = '';
  }

  const qualityList = el('dl', 'quality-list');
  for (const line of formatQuality(group.quality)) {
    const item = el('div', 'quality-item');
    item.append(el('dt', undefined, line.label), el('dd', undefined, line.value));
    qualityList.append(item);
  }
  ui.quality.replaceChildren(qualityList);

  ui.orgMap.replaceChildren(
    ...groupByRole(group.members).map((column) => {
      const section = el('section', `role-column role-${column.role.replace(/[^a-z_]/g, '')}`);
      const heading = el('h3', undefined, column.label);
      heading.append(' ', el('span', 'count', String(column.members.length)));
      section.append(heading);
      if (column.members.length === 0) section.append(el('p', 'empty', 'none found'));
      for (const member of column.members) section.append(memberCard(member, group.id, asOf !== null));
      return section;
    }),
  );
}

function memberCard(member: MemberView, groupId: string, readOnly: boolean): HTMLElement {
  const card = el('article', 'member');
  const header = el('header');
  header.append(el('h4', undefined, member.name));
  if (member.pinned) header.append(el('span', 'tag', 'pinned'));
  if (member.roleOverridden) header.append(el('span', 'tag', 'role set by hand'));
  card.append(header, el('p', 'title', member.title || '—'));

  const facts = el('dl', 'facts');
  const fact = (label: string, value: string) => {
    const item = el('div');
    item.append(el('dt', undefined, label), el('dd', undefined, value));
    facts.append(item);
  };
  fact('Department', member.department ?? '—');
  fact('Seniority', member.seniorityLevel ?? '—');
  fact('Confidence', formatConfidence(member.confidence));
  fact('Influence', formatPercent(member.influenceScore));
  fact('Priority', String(member.priority));
  card.append(facts);

  const details = el('details', 'reasons');
  details.append(el('summary', undefined, `Why (${member.reasons.length} reason${member.reasons.length === 1 ? '' : 's'})`));
  const list = el('ul');
  for (const reason of member.reasons) list.append(el('li', undefined, reason));
  if (member.reasons.length === 0) list.append(el('li', 'empty', 'no reasons recorded'));
  details.append(list);
  card.append(details);

  if (!readOnly) card.append(overrideForm(member, groupId));
  return card;
}

function overrideForm(member: MemberView, groupId: string): HTMLElement {
  const details = el('details', 'override');
  details.append(el('summary', undefined, 'Change role'));
  const form = el('form');
  const roleLabel = el('label', undefined, 'Role');
  const select = el('select');
  select.name = 'role';
  for (const role of ROLE_ORDER) {
    const option = el('option', undefined, roleName(role));
    option.value = role;
    option.selected = role === member.role;
    select.append(option);
  }
  roleLabel.append(select);
  const actorLabel = el('label', undefined, 'Changed by (optional, recorded in the history)');
  const actor = el('input');
  actor.type = 'text';
  actor.name = 'actor';
  actor.maxLength = 200;
  actor.placeholder = 'e.g. jane@yourcompany.com';
  actor.autocomplete = 'off';
  actorLabel.append(actor);
  const submit = el('button', 'primary', 'Save role');
  submit.type = 'submit';
  form.append(roleLabel, actorLabel, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(async () => {
      if (select.value === member.role) {
        showNotice(`${member.name} already is a ${roleName(member.role)}.`);
        return;
      }
      const body: Record<string, string> = { role: select.value };
      if (actor.value.trim()) body.actor = actor.value.trim();
      await api('PATCH', memberUrl(groupId, member.id), body);
      showNotice(`${member.name} is now a ${roleName(select.value)}.`);
      await openGroup(groupId, null);
      await loadGroups();
    });
  });
  details.append(form);
  return details;
}

function renderHistory(entries: HistoryEntry[], members: MemberView[], asOf: string | null): void {
  const cutoff = asOf ? new Date(asOf).getTime() : Infinity;
  const lines = historyTimeline(entries, members);
  ui.history.replaceChildren(
    ...lines.map((line) => {
      const item = el('li', new Date(line.recordedAt).getTime() > cutoff ? 'later' : undefined);
      if (item.className) item.title = 'after the instant shown above';
      const time = el('time', undefined, line.time);
      time.dateTime = line.recordedAt;
      const when = el('div', 'when');
      when.append(time, el('span', 'version', `v${line.version}`));
      const what = el('div', 'what');
      what.append(el('p', undefined, line.summary), el('p', 'cause', line.cause));
      item.append(when, what);
      return item;
    }),
  );
  ui.historyEmpty.hidden = lines.length > 0;
}

// ---------------------------------------------------------------- discovery

function fillSelect(select: HTMLSelectElement, values: readonly string[], selected: string): void {
  select.replaceChildren(
    ...values.map((value) => {
      const option = el('option', undefined, roleName(value));
      option.value = value;
      option.selected = value === selected;
      return option;
    }),
  );
}

async function discover(form: HTMLFormElement): Promise<void> {
  clearError();
  ui.discoverResult.textContent = '';
  const data = new FormData(form);
  const request = buildDiscoverRequest({
    companyName: String(data.get('companyName') ?? ''),
    solutionCategory: String(data.get('solutionCategory') ?? ''),
    enrichmentLevel: String(data.get('enrichmentLevel') ?? ''),
    dryRun: data.get('dryRun') === 'on',
  });
  if ('error' in request) {
    showError(request.error);
    return;
  }
  try {
    const result = await api<{ buyerGroup?: { id?: string | null; saved?: boolean } }>('POST', API_BASE, request.body);
    ui.discoverResult.textContent = summariseDiscovery(result);
    ui.discoverResult.className = 'result ok';
    const id = result.buyerGroup?.saved ? result.buyerGroup.id : null;
    await loadGroups();
    if (id) await openGroup(id);
  } catch (error) {
    ui.discoverResult.textContent = error instanceof Error ? error.message : String(error);
    ui.discoverResult.className = 'result failed';
    throw error;
  }
}

// ---------------------------------------------------------------- wiring

ui.keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = ui.keyInput.value.trim();
  ui.keyInput.value = '';
  if (!key) {
    showError('Enter an API key first.');
    return;
  }
  sessionStorage.setItem(KEY_STORAGE, key);
  clearError();
  showKeyState();
  void run(loadGroups);
});

ui.forgetKey.addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORAGE);
  ui.keyInput.value = '';
  state.groupId = null;
  state.group = null;
  ui.groupSection.hidden = true;
  showKeyState();
  showNotice('The key was forgotten.');
  void run(loadGroups);
});

ui.errorClose.addEventListener('click', clearError);
ui.refreshGroups.addEventListener('click', () => void run(loadGroups));
ui.closeGroup.addEventListener('click', () => {
  state.groupId = null;
  state.group = null;
  ui.groupSection.hidden = true;
});

ui.asOfForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const groupId = state.groupId;
  if (!groupId) return;
  const value = ui.asOfInput.value;
  void run(() => openGroup(groupId, value ? value : null));
});

ui.asOfNow.addEventListener('click', () => {
  const groupId = state.groupId;
  if (groupId) void run(() => openGroup(groupId, null));
});

ui.discoverForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(() => discover(ui.discoverForm));
});

fillSelect(ui.discoverCategory, SOLUTION_CATEGORIES, 'revenue_technology');
fillSelect(ui.discoverLevel, ENRICHMENT_LEVELS, 'identify');
showKeyState();
setLoading(0);
void run(loadGroups);
