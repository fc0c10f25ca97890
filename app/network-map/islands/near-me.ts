/**
 * The near-me island (decision 0187): shows the "use my location" button of a search form, asks the
 * browser for its position when pressed, and submits the form with `lat` and `lon`. Rounded to three
 * decimals (about 100 m): near enough for distances, and the address does not pin a home.
 * Self-contained on purpose: it imports nothing, so it stays a few hundred bytes.
 */
const roundTo = (value: number) => value.toFixed(3);

function setField(form: HTMLFormElement, name: string, value: string) {
  let input = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${name}"]`);
  if (!input) {
    input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    form.append(input);
  }
  input.value = value;
}

function enhance(container: HTMLElement) {
  const form = container.closest("form");
  const button = container.querySelector("button");
  const status = container.querySelector<HTMLElement>("[role=status]");
  if (!form || !button || !status) return;
  const say = (key: "locating" | "found" | "denied" | "unavailable") => (status.textContent = status.dataset[key] ?? "");
  button.addEventListener("click", () => {
    button.disabled = true;
    say("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        say("found");
        setField(form, "lat", roundTo(position.coords.latitude));
        setField(form, "lon", roundTo(position.coords.longitude));
        form.requestSubmit();
      },
      (error) => {
        button.disabled = false;
        say(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable");
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  });
  container.hidden = false;
}

if ("geolocation" in navigator) document.querySelectorAll<HTMLElement>("[data-near-me]").forEach(enhance);
