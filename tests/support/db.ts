// The integration tests' database client: the app's own singleton, on the test database.
export { db } from "../../lib/db";
