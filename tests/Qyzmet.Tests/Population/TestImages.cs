using System.Buffers.Binary;

namespace Qyzmet.Tests.Population;

/// <summary>Image files with a given size in pixels, as far as their headers say (the checks read only the headers).</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        var bytes = new byte[64];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth
        bytes[25] = 2; // truecolour
        return bytes;
    }

    /// <summary>A JPEG: SOI, a JFIF APP0 segment at 300 dpi, then a baseline start-of-frame with the size.</summary>
    public static byte[] Jpeg(int width, int height, int padding = 0)
    {
        var app0 = new byte[] { 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 1, 0x01, 0x2C, 0x01, 0x2C, 0, 0 };
        var sof = new byte[] { 0xFF, 0xC0, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1 };
        return [0xFF, 0xD8, .. app0, .. sof, 0xFF, 0xDA, .. new byte[padding], 0xFF, 0xD9];
    }

    public static byte[] Gif(int width, int height) =>
        [.. "GIF89a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 0, 0, 0x3B];
}
