// Drives Dolby's official Node SDK (@dolbyio/dolbyio-rest-apis-client 5.0.1, the newest on npm) against the gateway, changing only its host
// and passing a gateway API key where the SDK expects the account's API secret.
//
//   GATEWAY_PORT=8443 GATEWAY_API_KEY=tgw_… NODE_EXTRA_CA_CERTS=gateway.pem node drive-sdk.js
//
// The SDK hard-codes port 443 (its internal httpHelpers); so that the test needs no root and no fixed port, the
// one https.request call it makes is pointed at GATEWAY_PORT. Nothing else about the requests is touched.
'use strict';
const https = require('https');
const { streaming, urls } = require('@dolbyio/dolbyio-rest-apis-client');

const port = Number(process.env.GATEWAY_PORT);
const apiKey = process.env.GATEWAY_API_KEY;
const seen = [];
const originalRequest = https.request;
https.request = function (options, callback) {
  if (options && options.hostname === 'localhost' && Number(options.port) === 443) {
    options = { ...options, port };
  }
  seen.push(`${options.method} ${options.path}`);
  return originalRequest.call(https, options, callback);
};

async function main() {
  urls.initialize({ rts: 'localhost' });
  const results = {};

  const created = await streaming.publishToken.create(apiKey, {
    label: 'sdk publish', streams: [{ streamName: 'sdk-cam', isRegex: false }], expires: 3600,
  });
  results.publishCreated = created.id;
  const read = await streaming.publishToken.read(apiKey, created.id);
  results.publishReadLabel = read.label;
  const updated = await streaming.publishToken.update(apiKey, created.id, { label: 'sdk publish renamed' });
  results.publishUpdatedLabel = updated.label;
  const listed = await streaming.publishToken.list(apiKey, 'AddedOn', 1, 100, true);
  results.publishListed = listed.some((t) => t.id === created.id);
  const active = await streaming.publishToken.getAllActivePublishTokenId(apiKey);
  results.publishActive = active.tokenIds.includes(created.id);
  const disabled = await streaming.publishToken.disable(apiKey, [created.id]);
  results.publishDisabled = disabled.successfulTokens;
  results.publishDeleted = await streaming.publishToken.deleteToken(apiKey, created.id);

  const sub = await streaming.subscribeToken.create(apiKey, { label: 'sdk subscribe', streams: [{ streamName: 'sdk-cam' }] });
  results.subscribeCreated = sub.id;
  results.subscribeReadLabel = (await streaming.subscribeToken.read(apiKey, sub.id)).label;
  results.subscribeUpdatedLabel = (await streaming.subscribeToken.update(apiKey, sub.id, { label: 'sdk subscribe renamed' })).label;
  results.subscribeListed = (await streaming.subscribeToken.list(apiKey, 'Name', 1, 100))
    .some((t) => t.id === sub.id);
  results.subscribeDeleted = await streaming.subscribeToken.deleteToken(apiKey, sub.id);

  try {
    await streaming.publishToken.read(apiKey, created.id);
    results.readAfterDelete = 'found';
  } catch (rejection) {
    results.readAfterDelete = String(rejection);
  }
  results.requests = seen;
  console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
