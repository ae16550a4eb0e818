"""IPTC XMP inside PNG, JPEG and WebP files, written and read at the container level.

The XMP packet is inserted into the existing file (a PNG ``iTXt`` chunk, a JPEG ``APP1``
segment, a WebP ``XMP `` chunk) without decoding or re-encoding a single pixel. Pillow can write
XMP too (``pnginfo``, ``xmp=``), but only as part of a fresh encode: that would re-compress a
JPEG or lossy WebP, costing quality and weakening the watermark already embedded in the pixels,
and for PNG it costs a full deflate of the image. Splicing keeps the caller's bytes, so the
pixels that were watermarked are the pixels that get signed.

Reading is also container-level, so :func:`read_iptc` never allocates pixels for an untrusted
file and sees XMP wherever the container puts it (after ``IDAT`` in a PNG, for instance).
"""

from __future__ import annotations

import re
import struct
import zlib
from typing import Final
from xml.etree import ElementTree
from xml.sax.saxutils import quoteattr

from synthguard.errors import InvalidImage
from synthguard.imageio import sniff

TRAINED_ALGORITHMIC_MEDIA: Final = (
    "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
)

_NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}

#: The IPTC properties :func:`read_iptc` reports, by the key it reports them under.
IPTC_FIELDS: Final = {
    "digital_source_type": ("Iptc4xmpExt", "DigitalSourceType"),
    "credit": ("photoshop", "Credit"),
    "ai_system_used": ("Iptc4xmpExt", "AISystemUsed"),
    "ai_system_version_used": ("Iptc4xmpExt", "AISystemVersionUsed"),
}

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_XMP_KEYWORD = b"XML:com.adobe.xmp"
_JPEG_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_JPEG_XMP_EXTENSION_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
_WEBP_XMP_FLAG = 0x04
_WEBP_ALPHA_FLAG = 0x10
#: A packet larger than this is not ours and not worth parsing.
_MAX_XMP_BYTES = 1 << 20


def xmp_packet(
    *,
    digital_source_type: str = TRAINED_ALGORITHMIC_MEDIA,
    credit: str | None = None,
    ai_system: str | None = None,
    ai_system_version: str | None = None,
) -> bytes:
    """A minimal XMP packet with the IPTC digital source type and, if given, a credit line.

    ``Iptc4xmpExt:AISystemUsed`` / ``AISystemVersionUsed`` are the IPTC 2025.1 properties that
    name the generator; they are written only when given.
    """
    properties = {
        "Iptc4xmpExt:DigitalSourceType": digital_source_type,
        "photoshop:Credit": credit,
        "Iptc4xmpExt:AISystemUsed": ai_system,
        "Iptc4xmpExt:AISystemVersionUsed": ai_system_version,
    }
    attributes = "".join(
        f"\n    {name}={quoteattr(value)}" for name, value in properties.items() if value
    )
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        f'<x:xmpmeta xmlns:x="{_NS["x"]}">\n'
        f' <rdf:RDF xmlns:rdf="{_NS["rdf"]}">\n'
        '  <rdf:Description rdf:about=""\n'
        f'    xmlns:Iptc4xmpExt="{_NS["Iptc4xmpExt"]}"\n'
        f'    xmlns:photoshop="{_NS["photoshop"]}"{attributes}/>\n'
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    )
    return packet.encode("utf-8")


def embed_xmp(data: bytes, packet: bytes) -> bytes:
    """``data`` with its XMP replaced by ``packet``; PNG, JPEG and WebP only."""
    fmt = sniff(data)
    try:
        if fmt == "PNG":
            return _png_embed(data, packet)
        if fmt == "JPEG":
            return _jpeg_embed(data, packet)
        if fmt == "WEBP":
            return _webp_embed(data, packet)
    except (struct.error, IndexError, ValueError) as e:
        raise InvalidImage(f"cannot add XMP to a corrupt {fmt} file: {e}") from e
    raise InvalidImage(f"XMP can be written into PNG, JPEG and WebP only, not {fmt or 'this file'}")


def extract_xmp(data: bytes) -> bytes | None:
    """The raw XMP packet of a PNG, JPEG or WebP file, or ``None``. Never raises on bad input."""
    fmt = sniff(data)
    try:
        if fmt == "PNG":
            return _png_extract(data)
        if fmt == "JPEG":
            return _jpeg_extract(data)
        if fmt == "WEBP":
            return _webp_extract(data)
    except (struct.error, IndexError, ValueError, zlib.error):
        return None
    return None


def read_iptc(image_bytes: bytes) -> dict[str, str | None]:
    """The IPTC provenance properties in the file's XMP, independently of any C2PA manifest.

    Keys are those of :data:`IPTC_FIELDS` (``digital_source_type``, ``credit``,
    ``ai_system_used``, ``ai_system_version_used``); a property that is absent, or a file
    without readable XMP, gives ``None``.
    """
    found: dict[str, str | None] = dict.fromkeys(IPTC_FIELDS)
    packet = extract_xmp(image_bytes)
    if packet is None:
        return found
    root = _parse_xmp(packet)
    if root is None:
        return found
    for description in root.iter(f"{{{_NS['rdf']}}}Description"):
        for key, (prefix, name) in IPTC_FIELDS.items():
            if found[key] is None:
                found[key] = _property(description, f"{{{_NS[prefix]}}}{name}")
    return found


def _property(description: ElementTree.Element, tag: str) -> str | None:
    # XMP allows a simple property as an attribute, as element text, as an rdf:resource
    # reference, or (for lang-alt values such as photoshop:Credit in some tools) in rdf:li.
    if tag in description.attrib:
        return description.attrib[tag].strip() or None
    element = description.find(tag)
    if element is None:
        return None
    resource = element.get(f"{{{_NS['rdf']}}}resource")
    if resource:
        return resource.strip()
    text = "".join(element.itertext()).strip()
    return text or None


def _parse_xmp(packet: bytes) -> ElementTree.Element | None:
    if len(packet) > _MAX_XMP_BYTES:
        return None
    # Refuse DTDs outright: XMP never needs one and entities are the XML attack surface.
    if re.search(rb"<!(DOCTYPE|ENTITY)", packet, re.IGNORECASE):
        return None
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end_meta = packet.rfind(b"</x:xmpmeta>")
    if start < 0:
        return None
    body = packet[start : end_meta + len(b"</x:xmpmeta>")] if end_meta > start else packet[start:]
    try:
        return ElementTree.fromstring(body)
    except (ElementTree.ParseError, ValueError):
        return None


# --- PNG -----------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> list[tuple[bytes, int, int]]:
    """``(type, start, end)`` of each chunk; ``start:end`` covers length, type, data and CRC."""
    chunks = []
    pos = len(_PNG_SIGNATURE)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if len(kind) != 4 or end > len(data):
            raise ValueError("PNG chunk runs past the end of the file")
        chunks.append((kind, pos, end))
        pos = end
        if kind == b"IEND":
            break
    return chunks


def _png_is_xmp(data: bytes, start: int) -> bool:
    return data[start + 8 : start + 8 + len(_PNG_XMP_KEYWORD) + 1] == _PNG_XMP_KEYWORD + b"\x00"


def _png_embed(data: bytes, packet: bytes) -> bytes:
    chunks = _png_chunks(data)
    if not chunks or chunks[0][0] != b"IHDR":
        raise ValueError("PNG does not start with IHDR")
    # keyword, NUL, compression flag 0, method 0, empty language tag and translated keyword
    body = _PNG_XMP_KEYWORD + b"\x00\x00\x00\x00\x00" + packet
    itxt = struct.pack(">I", len(body)) + b"iTXt" + body
    itxt += struct.pack(">I", zlib.crc32(b"iTXt" + body))
    out = [data[: chunks[0][2]], itxt]
    for kind, start, end in chunks[1:]:
        if not (kind == b"iTXt" and _png_is_xmp(data, start)):
            out.append(data[start:end])
    return b"".join(out)


def _png_extract(data: bytes) -> bytes | None:
    for kind, start, end in _png_chunks(data):
        if kind != b"iTXt" or not _png_is_xmp(data, start):
            continue
        body = data[start + 8 + len(_PNG_XMP_KEYWORD) + 1 : end - 4]
        compressed, rest = body[0], body[2:]
        _language, _, rest = rest.partition(b"\x00")
        _translated, _, text = rest.partition(b"\x00")
        if compressed:
            inflater = zlib.decompressobj()
            text = inflater.decompress(text, _MAX_XMP_BYTES)
        return text
    return None


# --- JPEG ----------------------------------------------------------------------------------


def _jpeg_segments(data: bytes) -> list[tuple[int, int, int]]:
    """``(marker, start, end)`` of each marker segment before the scan (SOS excluded)."""
    segments = []
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError(f"expected a JPEG marker at offset {pos}")
        while data[pos] == 0xFF:  # fill bytes
            pos += 1
        marker = data[pos]
        start = pos - 1
        if marker == 0xDA or marker == 0xD9:  # start of scan / end of image
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            segments.append((marker, start, pos + 1))
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 1 : pos + 3])
        end = pos + 1 + length
        if length < 2 or end > len(data):
            raise ValueError("JPEG segment runs past the end of the file")
        segments.append((marker, start, end))
        pos = end
    return segments


def _jpeg_is_xmp(data: bytes, start: int, end: int) -> bool:
    payload = data[start + 4 : end]
    return payload.startswith(_JPEG_XMP_HEADER) or payload.startswith(_JPEG_XMP_EXTENSION_HEADER)


def _jpeg_embed(data: bytes, packet: bytes) -> bytes:
    payload = _JPEG_XMP_HEADER + packet
    if len(payload) + 2 > 0xFFFF:
        raise ValueError("XMP packet too large for one APP1 segment")
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    segments = _jpeg_segments(data)
    # After JFIF (APP0) and Exif (APP1) so readers that expect those first still find them.
    insert_at = 2
    for marker, start, end in segments:
        if marker == 0xE0 or (marker == 0xE1 and data[start + 4 : start + 10] == b"Exif\x00\x00"):
            insert_at = end
        else:
            break
    out = [data[:insert_at], app1]
    pos = insert_at
    for marker, start, end in segments:
        if start < insert_at:
            continue
        if marker == 0xE1 and _jpeg_is_xmp(data, start, end):
            out.append(data[pos:start])
            pos = end
    out.append(data[pos:])
    return b"".join(out)


def _jpeg_extract(data: bytes) -> bytes | None:
    for marker, start, end in _jpeg_segments(data):
        if marker == 0xE1 and data[start + 4 : end].startswith(_JPEG_XMP_HEADER):
            return data[start + 4 + len(_JPEG_XMP_HEADER) : end]
    return None


# --- WebP ----------------------------------------------------------------------------------


def _webp_chunks(data: bytes) -> list[tuple[bytes, int, int]]:
    """``(fourcc, start, end)`` of each RIFF chunk; ``end`` includes the padding byte."""
    chunks = []
    pos = 12
    limit = min(len(data), 8 + struct.unpack("<I", data[4:8])[0])
    while pos + 8 <= limit:
        fourcc = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        end = pos + 8 + size + (size & 1)
        if pos + 8 + size > len(data):
            raise ValueError("WebP chunk runs past the end of the file")
        chunks.append((fourcc, pos, min(end, len(data))))
        pos = end
    return chunks


def _webp_chunk(fourcc: bytes, payload: bytes) -> bytes:
    return (
        fourcc + struct.pack("<I", len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")
    )


def _webp_vp8x_for(data: bytes, fourcc: bytes, start: int) -> bytes:
    """The VP8X header that turns a simple (VP8 or VP8L) WebP into the extended format."""
    body = data[start + 8 : start + 8 + 10]
    flags = 0
    if fourcc == b"VP8 ":
        if body[3:6] != b"\x9d\x01\x2a":
            raise ValueError("VP8 frame without its start code")
        width = struct.unpack("<H", body[6:8])[0] & 0x3FFF
        height = struct.unpack("<H", body[8:10])[0] & 0x3FFF
    elif fourcc == b"VP8L":
        if body[0] != 0x2F:
            raise ValueError("VP8L bitstream without its signature")
        (bits,) = struct.unpack("<I", body[1:5])
        width = (bits & 0x3FFF) + 1
        height = ((bits >> 14) & 0x3FFF) + 1
        if (bits >> 28) & 1:
            flags |= _WEBP_ALPHA_FLAG
    else:
        raise ValueError(f"unexpected first WebP chunk {fourcc!r}")
    payload = bytes([flags, 0, 0, 0]) + (width - 1).to_bytes(3, "little")
    payload += (height - 1).to_bytes(3, "little")
    return _webp_chunk(b"VP8X", payload)


def _webp_embed(data: bytes, packet: bytes) -> bytes:
    chunks = _webp_chunks(data)
    if not chunks:
        raise ValueError("WebP without chunks")
    first, start, end = chunks[0]
    if first == b"VP8X":
        header = bytearray(data[start:end])
        header[8] |= _WEBP_XMP_FLAG
        parts = [bytes(header)]
        rest = chunks[1:]
    else:
        vp8x = bytearray(_webp_vp8x_for(data, first, start))
        vp8x[8] |= _WEBP_XMP_FLAG
        parts = [bytes(vp8x)]
        rest = chunks
    parts += [data[s:e] for kind, s, e in rest if kind != b"XMP "]
    # The container spec puts XMP last, after the image data and EXIF.
    parts.append(_webp_chunk(b"XMP ", packet))
    body = b"WEBP" + b"".join(parts)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _webp_extract(data: bytes) -> bytes | None:
    for fourcc, start, _end in _webp_chunks(data):
        if fourcc == b"XMP ":
            (size,) = struct.unpack("<I", data[start + 4 : start + 8])
            return data[start + 8 : start + 8 + size]
    return None
