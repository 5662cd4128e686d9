// perpx dashboard: plain JavaScript over the node's own API and WebSocket streams. Every figure is shown as
// the API gives it (decimal strings), so that what the page shows is what GET /v1/... answers.
'use strict';

const main = document.getElementById('main');
const live = document.getElementById('live');

// esc makes a value safe to put inside HTML.
function esc(v) {
  return String(v ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw Object.assign(new Error(body.error || r.status), { status: r.status, code: body.code });
  return body;
}

// ---- WebSocket: one connection, topics resubscribed after a reconnect ----
const topics = new Set();
const listeners = [];
let ws = null;

function connect() {
  ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/v1/ws');
  ws.onopen = () => {
    live.textContent = 'live'; live.className = 'on';
    for (const t of topics) ws.send(JSON.stringify({ op: 'subscribe', topic: t }));
  };
  ws.onmessage = e => {
    const m = JSON.parse(e.data);
    for (const l of listeners) l(m);
  };
  ws.onclose = () => {
    live.textContent = 'offline'; live.className = 'off';
    setTimeout(connect, 1000);
  };
}

function subscribe(topic) {
  if (topics.has(topic)) return;
  topics.add(topic);
  if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ op: 'subscribe', topic }));
}

function unsubscribeAll() {
  for (const t of topics) if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ op: 'unsubscribe', topic: t }));
  topics.clear();
  listeners.length = 0;
}

// ---- pages ----
let timers = [];
function every(ms, f) { f(); timers.push(setInterval(f, ms)); }

const pages = { markets: marketsPage, batches: batchesPage, account: accountPage, stress: stressPage };

function route() {
  for (const t of timers) clearInterval(t);
  timers = [];
  unsubscribeAll();
  const [page, arg] = location.hash.replace(/^#/, '').split('/');
  const name = pages[page] ? page : 'markets';
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.page === name);
  main.innerHTML = '';
  pages[name](arg).catch(err => { main.insertAdjacentHTML('beforeend', `<p class="error">${esc(err.message)}</p>`); });
}

// Markets: the markets table, the insurance fund, and one market's book and trades, live.
async function marketsPage(arg) {
  const market = Number(arg) || 1;
  main.innerHTML = `<section><h2>Markets</h2><table id="markets"></table></section>
    <section><h2>Insurance fund</h2><table><tr><th class="k">insurance fund</th><td id="insurance-fund"></td></tr>
    <tr><th class="k">fee pool</th><td id="fee-pool"></td></tr><tr><th class="k">deposited / withdrawn</th><td id="flows"></td></tr></table></section>
    <div class="grid"><section><h2>Order book <span id="book-market"></span></h2><table id="book"></table></section>
    <section><h2>Recent trades</h2><table id="trades"></table></section></div>`;
  let oi = {};
  api('/v1/stress/latest').then(l => {
    const rep = JSON.parse(typeof l.report === 'string' ? l.report : JSON.stringify(l.report));
    for (const o of rep.scenarios[0].current.openInterestBefore) oi[o.market] = `${o.long} (batch ${rep.batch})`;
  }).catch(() => {});
  every(2000, async () => {
    const ms = await api('/v1/markets');
    document.getElementById('markets').innerHTML = '<tr><th class="k">market</th><th>status</th><th>oracle price</th><th>funding index</th><th>imf / mmf (ppm)</th><th>open interest (stress copy)</th></tr>' +
      ms.map(m => `<tr><td class="k"><a href="#markets/${m.id}">${esc(m.name)}</a></td><td>${esc(m.status)}</td>
        <td data-test="oracle-${m.id}">${esc(m.oraclePrice)}</td><td data-test="funding-${m.id}">${esc(m.fundingIndex)}</td>
        <td>${m.imfPpm} / ${m.mmfPpm}</td><td>${esc(oi[m.id] ?? '–')}</td></tr>`).join('');
    const t = await api('/v1/totals');
    document.getElementById('insurance-fund').textContent = t.insuranceFund;
    document.getElementById('fee-pool').textContent = t.feePool;
    document.getElementById('flows').textContent = `${t.deposited} / ${t.withdrawn}`;
  });
  document.getElementById('book-market').textContent = `(market ${market})`;
  const book = { bids: new Map(), asks: new Map() };
  const trades = [];
  const renderBook = () => {
    const side = (m, desc) => [...m.values()].sort((a, b) => desc ? Number(b.price) - Number(a.price) : Number(a.price) - Number(b.price)).slice(0, 10);
    const asks = side(book.asks, false).reverse(), bids = side(book.bids, true);
    document.getElementById('book').innerHTML = '<tr><th>price</th><th>size</th><th>orders</th></tr>' +
      asks.map(l => `<tr class="ask" data-test="ask"><td>${esc(l.price)}</td><td>${esc(l.size)}</td><td>${l.orders}</td></tr>`).join('') +
      bids.map(l => `<tr class="bid" data-test="bid"><td>${esc(l.price)}</td><td>${esc(l.size)}</td><td>${l.orders}</td></tr>`).join('');
  };
  const renderTrades = () => {
    document.getElementById('trades').innerHTML = '<tr><th>side</th><th>price</th><th>size</th><th>batch</th></tr>' +
      trades.slice(0, 20).map(t => `<tr data-test="trade"><td class="${t.side === 'buy' ? 'bid' : 'ask'}">${esc(t.side)}</td><td>${esc(t.price)}</td><td>${esc(t.size)}</td><td>${t.batch}</td></tr>`).join('');
  };
  const apply = (levels, m) => { for (const l of levels || []) { if (l.size === '0') m.delete(l.price); else m.set(l.price, l); } };
  listeners.push(m => {
    if ((m.type === 'book_snapshot' || m.type === 'book_delta') && m.market === market) {
      if (m.type === 'book_snapshot') { book.bids.clear(); book.asks.clear(); }
      apply(m.bids, book.bids); apply(m.asks, book.asks); renderBook();
    } else if (m.type === 'trade' && m.market === market) {
      trades.unshift(m); renderTrades();
    }
  });
  const initial = await api(`/v1/trades/${market}?limit=20`);
  trades.push(...initial.trades);
  renderTrades();
  renderBook();
  subscribe(`book:${market}`);
  subscribe(`trades:${market}`);
}

// Batches: sealed → proved → verified on L1, with proof time, gas and L1 transaction, live.
async function batchesPage() {
  main.innerHTML = '<section><h2>Batches</h2><table id="batches"></table></section>';
  const rows = new Map();
  const render = () => {
    const bs = [...rows.values()].sort((a, b) => b.number - a.number).slice(0, 50);
    document.getElementById('batches').innerHTML = '<tr><th>batch</th><th>txs</th><th>proof</th><th>proof time</th><th>L1</th><th>gas</th><th class="k">L1 transaction</th></tr>' +
      bs.map(b => `<tr data-test="batch-${b.number}"><td>${b.number}</td><td>${b.txCount ?? ''}</td><td data-test="proof">${esc(b.proof)}</td>
        <td>${b.proofMillis ? (b.proofMillis / 1000).toFixed(1) + ' s' : ''}</td><td data-test="l1">${esc(b.l1)}</td>
        <td>${b.l1GasUsed || ''}</td><td class="k"><code>${esc(b.l1Tx || '')}</code></td></tr>`).join('');
  };
  for (const b of await api('/v1/batches?limit=50')) rows.set(b.number, b);
  render();
  listeners.push(m => {
    if (m.type !== 'batch') return;
    rows.set(m.number, Object.assign(rows.get(m.number) || {}, m));
    render();
  });
  subscribe('batches');
}

// Account: positions, margin ratio, liquidation prices, and health warnings as they stream.
async function accountPage(arg) {
  main.innerHTML = `<section><h2>Account</h2><form id="pick">Account id <input id="account-id" value="${esc(arg || '')}"> <button>Show</button></form></section>`;
  document.getElementById('pick').onsubmit = e => { e.preventDefault(); location.hash = 'account/' + document.getElementById('account-id').value; };
  if (!arg) return;
  main.insertAdjacentHTML('beforeend', `<section><h2>Account ${esc(arg)}</h2><table id="summary"></table></section>
    <section><h2>Positions</h2><table id="positions"></table></section>
    <section><h2>Health warnings</h2><ul id="warnings"></ul></section>`);
  const render = a => {
    document.getElementById('summary').innerHTML = [
      ['collateral', 'collateral', a.collateral], ['total value', 'total-value', a.totalValue],
      ['initial margin', 'initial-margin', a.initialMargin], ['maintenance margin', 'maintenance-margin', a.maintenanceMargin],
      ['free collateral', 'free-collateral', a.freeCollateral], ['margin ratio (MMR/TV)', 'margin-ratio', a.marginRatio ?? '–'],
      ['health level', 'health-level', a.healthLevel], ['liquidatable', 'liquidatable', a.liquidatable ? 'yes' : 'no']]
      .map(([k, t, v]) => `<tr><th class="k">${k}</th><td data-test="${t}" class="lvl-${a.healthLevel}">${esc(v)}</td></tr>`).join('');
    document.getElementById('positions').innerHTML = '<tr><th>market</th><th>size</th><th>entry price</th><th>unrealized PnL</th><th>funding owed</th><th>liquidation price</th></tr>' +
      (a.positions || []).map(p => `<tr data-test="position-${p.market}"><td>${p.market}</td><td>${esc(p.size)}</td><td>${esc(p.entryPrice)}</td>
        <td>${esc(p.unrealizedPnl)}</td><td>${esc(p.fundingOwed)}</td><td data-test="liq-price-${p.market}">${esc(p.liquidationPrice ?? '–')}</td></tr>`).join('');
  };
  render(await api(`/v1/accounts/${encodeURIComponent(arg)}`));
  listeners.push(m => {
    if (m.type === 'account' && String(m.id) === arg) render(m);
    if (m.type === 'health' && String(m.account) === arg) {
      document.getElementById('warnings').insertAdjacentHTML('afterbegin',
        `<li class="warn lvl-${m.level}" data-test="health">${esc(m.status)}: margin ratio ${esc(m.marginRatio ?? '–')} crossed ${esc(m.threshold)} (level ${m.previous} → ${m.level})</li>`);
      api(`/v1/accounts/${encodeURIComponent(arg)}`).then(render).catch(() => {});
    }
  });
  subscribe(`account:${arg}`);
  every(5000, () => api(`/v1/accounts/${encodeURIComponent(arg)}`).then(render).catch(() => {}));
}

// Stress: the latest published report's figures, and its own page.
async function stressPage() {
  main.innerHTML = '<section><h2>Latest stress report</h2><div id="stress-meta"></div><table id="stress"></table></section>';
  let latest;
  try {
    latest = await api('/v1/stress/latest');
  } catch (err) {
    document.getElementById('stress-meta').textContent = err.status === 404 ? 'No stress report published yet.' : err.message;
    return;
  }
  const rep = typeof latest.report === 'string' ? JSON.parse(latest.report) : latest.report;
  document.getElementById('stress-meta').innerHTML = `<p>State root <code data-test="stress-root">${esc(latest.stateRoot)}</code>, batch
    <span data-test="stress-batch">${latest.batch}</span> (${esc(latest.source)}), run ${new Date(latest.ranAtSeconds * 1000).toISOString()};
    ${rep.accounts} accounts, ${rep.accountsWithPositions} with positions.</p>`;
  const cell = r => r ? `${r.accountsLiquidated} / ${r.accountsDeleveraged} / ${r.badDebt.total} / ${r.fund.min} / ${r.fund.end}` : '';
  document.getElementById('stress').innerHTML = '<tr><th class="k">scenario</th><th>current: liquidated / deleveraged / bad debt / fund min / fund end</th><th>proposal</th></tr>' +
    rep.scenarios.map((s, i) => `<tr data-test="scenario-${i}"><td class="k">${esc(s.name)}</td><td data-test="current-${i}">${cell(s.current)}</td><td>${cell(s.proposal)}</td></tr>`).join('');
  main.insertAdjacentHTML('beforeend', '<section><iframe title="stress report" src="/v1/stress/latest?format=html"></iframe></section>');
}

window.addEventListener('hashchange', route);
connect();
route();
