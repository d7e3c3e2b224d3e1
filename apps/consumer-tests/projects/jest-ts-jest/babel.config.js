// Only for msw's rettime (see jest.config.js): its ES modules as CommonJS.
module.exports = { presets: [["@babel/preset-env", { targets: { node: "current" } }]] };
