/**
 * Test support shared by Saraban's tests, such as {@link saraban.testing.MultiLocaleTest}. Used
 * only from tests; depends on JUnit and nothing of Saraban.
 */
package saraban.testing;
