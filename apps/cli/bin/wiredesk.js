#!/usr/bin/env node
// The `wiredesk` bin. It lives outside dist/ on purpose: `npm ci` links a workspace's bins only
// when the target file exists, and dist/ is built after the install.
import '../dist/index.js';
