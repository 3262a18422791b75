/**
 * Test support shared by Saraban's tests, such as {@link saraban.testing.MultiLocaleTest}, the
 * checkout ({@link saraban.testing.TestHome}), PostgreSQL schemas ({@link
 * saraban.testing.TestPostgres}) and the server as a child process ({@link
 * saraban.testing.ChildServer}). Used only from tests; depends on JUnit and on Saraban's public
 * entry points ({@code Settings}, the PDF engine), nothing package-private.
 */
package saraban.testing;
