// A child process that streams user updates into a store and prints "ack N" after each one is durable.
// test/process/json-store-kill.test.ts kills it mid-stream to check that the file still parses and keeps
// every acknowledged write.
import { JsonStore } from "../../src/store/file/json-store.js";

const store = await JsonStore.open(process.argv[2] as string);
for (let i = 0; ; i++) {
  await store.updateUser(`U${i}`, (u) => ({ ...u, level: "senior", ticked: [`skill-${i}`] }));
  process.stdout.write(`ack ${i}\n`);
  // One write per turn of the event loop, as requests bring them, so the timed snapshot gets its turn.
  await new Promise((resolve) => setImmediate(resolve));
}
