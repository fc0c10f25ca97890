// The unit tests' setup: the whole message catalogue, installed into the kit as the server does at
// start-up, and nothing else (no database, no accounts), so that pure tests start in seconds.
import "../../app/shell/messages";
