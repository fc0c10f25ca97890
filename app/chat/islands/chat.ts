/**
 * The citizen's live chat (decision 0204): listens to the page's server-sent event stream, appends
 * new messages to the polite live region (the server words them, so this carries no catalogue),
 * updates the status sentence, and sends the message form without reloading the page. EventSource
 * reconnects by itself and sends the last message number it saw, so nothing is lost or doubled.
 * Self-contained on purpose: it imports nothing. Without it the page works as plain forms.
 */
interface Line {
  sequence: number;
  kind: string;
  who: string;
  text: string;
  time: string;
}
interface State {
  status: string;
  text: string;
  rateHref: string | null;
  rateText: string;
  newText: string;
}

/** Keeps the resume cookie fresh while the tab is open (it lasts ten minutes). */
const keepAliveMs = 4 * 60 * 1000;

function lineElement(line: Line): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `chat-line chat-line--${line.kind}`;
  item.dataset.sequence = String(line.sequence);
  const who = document.createElement("span");
  who.className = "chat-line__who";
  who.textContent = line.who;
  const time = document.createElement("span");
  time.className = "chat-line__time";
  time.textContent = line.time;
  const text = document.createElement("p");
  text.className = "chat-line__text";
  text.textContent = line.text;
  item.append(who, " ", time, text);
  return item;
}

function start(root: HTMLElement) {
  const streamPath = root.dataset.stream;
  const list = root.querySelector<HTMLOListElement>("#chat-lines");
  const log = root.querySelector<HTMLElement>("#chat-log");
  const state = root.querySelector<HTMLElement>("#chat-state");
  const form = document.querySelector<HTMLFormElement>("#chat-form");
  if (!streamPath || !list || !log || !state || !form) return;
  let last = Number(root.dataset.last ?? "0");
  const source = new EventSource(`${streamPath}?after=${last}`);
  source.addEventListener("line", (event) => {
    const line = JSON.parse((event as MessageEvent<string>).data) as Line;
    if (line.sequence <= last) return;
    last = line.sequence;
    const item = lineElement(line);
    list.append(item);
    item.scrollIntoView({ block: "nearest" });
  });
  source.addEventListener("state", (event) => {
    const next = JSON.parse((event as MessageEvent<string>).data) as State;
    if (state.textContent !== next.text) state.textContent = next.text;
    if (next.status === "ended") {
      source.close();
      ended(form, next);
    }
  });

  const field = form.querySelector<HTMLTextAreaElement>("textarea[name=body]");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const error = document.createElement("p");
  error.className = "field__error";
  error.id = "chat-send-error";
  error.setAttribute("role", "alert");
  error.hidden = true;
  form.append(error);
  const post = (body: FormData) => fetch(form.dataset.post ?? form.action, { method: "POST", body, headers: { Accept: "application/json" } });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!field || !button || !field.value.trim()) return;
    button.disabled = true;
    post(new FormData(form))
      .then(async (response) => {
        if (response.ok) {
          field.value = "";
          error.hidden = true;
        } else {
          error.textContent = ((await response.json()) as { message: string }).message;
          error.hidden = false;
        }
      })
      .catch(() => {
        error.textContent = form.dataset.offline ?? "";
        error.hidden = false;
      })
      .finally(() => {
        button.disabled = false;
        field.focus();
      });
  });
  // Ctrl+Enter (or ⌘+Enter) sends, Enter alone starts a new line.
  field?.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  setInterval(() => {
    const ping = new FormData();
    ping.set("intent", "ping");
    void post(ping).catch(() => undefined);
  }, keepAliveMs);
}

/** The chat ended: the message form goes, the satisfaction link and a "new chat" button come. */
function ended(form: HTMLFormElement, next: State) {
  const leave = document.querySelector<HTMLButtonElement>("#chat-leave")?.form;
  form.hidden = true;
  if (next.rateHref && !document.querySelector("#chat-satisfaction")) {
    const paragraph = document.createElement("p");
    const link = document.createElement("a");
    link.href = next.rateHref;
    link.id = "chat-satisfaction";
    link.textContent = next.rateText;
    paragraph.append(link);
    form.after(paragraph);
  }
  if (leave) {
    const intent = leave.querySelector<HTMLInputElement>("input[name=intent]");
    const button = leave.querySelector<HTMLButtonElement>("button");
    if (intent) intent.value = "new";
    if (button) {
      button.textContent = next.newText;
      button.id = "chat-new";
    }
  }
}

const root = document.querySelector<HTMLElement>("#chat-live");
if (root) start(root);
