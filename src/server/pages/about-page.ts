/**
 * What the server learns and what it does not, said plainly: the promise the rest of the app
 * keeps (no number leaves the browser, no message is kept, no cookie, no third party).
 */
import { renderPage } from './layout.js';

const BODY = `<h1>About this service</h1>
<p>ringfence answers the questions a phone-number leak raises: is my number in it, is this message a scam, what is in a leak and is it new. It is open source; this server runs it over the leaks its operator loaded.</p>

<h2>What the server learns, and what it does not</h2>
<h3>When you check your number</h3>
<ul>
<li>Your browser turns the number into a blinded value with a random secret that never leaves it, and sends that with a bucket number shared by about ten thousand possible numbers. The server never sees your number, and cannot tell whether it was found.</li>
<li>The server answers with the encrypted entries of the bucket; only your browser can read the one for your number. Nobody can list a leak through this service, one bucket at a time or otherwise.</li>
</ul>
<h3>When you check a message</h3>
<ul>
<li>The message, the sender and the date are analysed in the server's memory to build the answer page, then forgotten. They are never stored, logged or sent anywhere else.</li>
</ul>
<h3>Always</h3>
<ul>
<li>No cookies, no local storage, no accounts, no analytics.</li>
<li>No request to any other site: every page, style and script comes from this server.</li>
<li>The server's log holds, for each request, only the method, the route (such as <code>/leaks/:id</code>, without your values), the status and the duration.</li>
<li>Like any web server, it sees your IP address; it uses it only to limit how many requests one address makes.</li>
</ul>

<h2>The data</h2>
<p>The leaks are phone-number lists collected by the operator of this server: scrapes, breaches and lists sold online. For each one the catalogue gives its breach date when known, when it was added, how many unique valid numbers it holds and in how many countries, what other data it carries (names, e-mail addresses…), and what is known of it: verified, fabricated, a spam list, or a recompilation of an earlier leak. Every figure is measured from the data itself, never copied from a seller's claim or a press article.</p>

<h2>The limits of the answers</h2>
<ul>
<li><strong>Not found</strong> means not in the leaks this server holds. Your number can be in leaks it does not hold.</li>
<li><strong>Found</strong> means the number is in the leak, not that the leak holds your name or that an account of yours was broken into.</li>
<li><strong>Scam verdicts</strong> come from rules about links, numbers and wording seen in real scams, and a small text model. They can miss a new kind of scam and can flag a genuine message. Whatever the verdict, never share a one-time code, and check a request for money through a number or an app you already know.</li>
</ul>
<p>For developers: the same answers as JSON, described in the <a href="/docs">API documentation</a>.</p>`;

export function renderAboutPage(): string {
  return renderPage({ title: 'About', current: '/about', body: BODY });
}
