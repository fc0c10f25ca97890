/**
 * A bare server-rendered page with no data: the benchmark's yardstick for what the SSR pipeline
 * (root layout, React rendering, compression) costs before any page does work of its own.
 */
export default function Baseline() {
  return (
    <main id="main" className="page">
      <h1>Elo</h1>
    </main>
  );
}
