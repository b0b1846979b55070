import { asksRoomToGrow } from "/work/wt-la/src/understanding/words/rung-words.ts";

console.log(asksRoomToGrow("is IT a career with room to grow"));
