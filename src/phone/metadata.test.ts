import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isRingfenceError } from '../errors.js';
import { decodeMetadata } from './metadata.js';
import { FORMAT_VERSION, MAGIC } from './metadata-format.js';

const artifact = readFileSync(new URL('../../data/phone-metadata.bin', import.meta.url));

describe('phone metadata artifact', () => {
  it('decodes the committed artifact', () => {
    const md = decodeMetadata(artifact);
    assert.equal(md.formatVersion, FORMAT_VERSION);
    assert.equal(String.fromCharCode(...artifact.subarray(0, 4)), MAGIC);
    assert.ok(md.regionIndex.has('GB') && md.regionIndex.has('US') && md.regionIndex.has('EG'));
    // Every calling code's regions are contiguous and the main region comes first.
    const nanpa = md.callingCodes[md.callingCodeIndex[1]!]!;
    assert.equal(md.regions[nanpa.firstRegion]!.id, 'US');
    assert.ok(nanpa.regionCount > 20);
    assert.equal(md.transitions.length, md.stateOutput.length * 10);
  });

  it('rejects a wrong magic number', () => {
    const copy = Uint8Array.from(artifact);
    copy[0] = 0x58;
    assert.throws(
      () => decodeMetadata(copy),
      (e: unknown) => isRingfenceError(e, 'DATA_FILE_INVALID'),
    );
  });

  it('rejects an unknown format version', () => {
    const copy = Uint8Array.from(artifact);
    copy[4] = FORMAT_VERSION + 1;
    assert.throws(() => decodeMetadata(copy), /unsupported format version/);
  });

  it('detects a flipped byte anywhere after the checksum', () => {
    for (const at of [16, Math.floor(artifact.length / 2), artifact.length - 1]) {
      const copy = Uint8Array.from(artifact);
      copy[at] = copy[at]! ^ 0x01;
      assert.throws(() => decodeMetadata(copy), /checksum/, `byte ${at}`);
    }
  });
});
