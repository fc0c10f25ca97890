import type { ShownLine } from "../present";

/**
 * A chat's state sentence and its messages. The messages sit in a polite live region (WCAG 4.1.3),
 * so a screen reader reads each new one out without moving the focus; the state is a status region.
 * `streamPath` tells the citizen's island where to listen (work pages listen in React).
 */
export function ChatTranscript(props: { lines: readonly ShownLine[]; stateText: string; logLabel: string; streamPath: string | null; lastSequence: number }) {
  return (
    <div id="chat-live" data-stream={props.streamPath ?? undefined} data-last={props.lastSequence}>
      <p role="status" id="chat-state" className="chat-state">
        {props.stateText}
      </p>
      <div role="log" aria-live="polite" aria-label={props.logLabel} id="chat-log" className="chat-log">
        <ol id="chat-lines" className="chat-lines">
          {props.lines.map((line) => (
            <ChatLineItem key={line.sequence} line={line} />
          ))}
        </ol>
      </div>
    </div>
  );
}

export function ChatLineItem({ line }: { line: ShownLine }) {
  return (
    <li className={`chat-line chat-line--${line.kind}`} data-sequence={line.sequence}>
      <span className="chat-line__who">{line.who}</span> <span className="chat-line__time">{line.time}</span>
      <p className="chat-line__text">{line.text}</p>
    </li>
  );
}
