export default async function globalTeardown() {
  await globalThis.__embeddedTestDatabase?.stop();
}
