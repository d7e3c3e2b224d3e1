// A Jest project set up as msw's own docs describe (Node environment), TypeScript through babel-jest. The
// rettime lines are what msw 2 itself needs under Jest on Node < 24.9 (its dependency rettime ships ES
// modules only); our packages need nothing more.
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.[cm]?[jt]s$": "babel-jest" },
  transformIgnorePatterns: ["/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)"],
  testMatch: ["**/test/**/*.test.ts"],
};
