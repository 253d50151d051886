using System.Security.Cryptography;
using System.Text;

namespace QCFramework.Numerics;

/// <summary>
/// Derives independent seeds from a master seed and an identity string (a scan's center, protocol,
/// phantom and repeat; a slice; a view block), so results depend on what is simulated, never on
/// the order, the thread or the shard that simulates it.
/// </summary>
public static class Seeds
{
    /// <summary>A 64-bit seed: the first 8 bytes of SHA-256("masterSeed/identity").</summary>
    public static ulong Derive(ulong masterSeed, string identity)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{masterSeed}/{identity}"), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash[..8]) & 0x7FFF_FFFF_FFFF_FFFFUL;
    }
}
