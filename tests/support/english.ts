/** Words of Zod's and the YAML parser's English defaults: none may reach a clerk in a message we write. */
export const ENGLISH =
  /\b(invalid|expected|received|required|must|missing|unexpected|indentation|key|quote|error|line|anchor|string|number|object|array|input|undefined|null|boolean|too (big|small))\b/i;
