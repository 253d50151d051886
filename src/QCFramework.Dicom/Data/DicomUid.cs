using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace QCFramework.Dicom.Data;

/// <summary>
/// UIDs under the UUID-derived root 2.25 (PS3.5 §B.2): "2.25." followed by a UUID written as one
/// unsigned decimal integer. Our UUIDs are name-based, version 5 (RFC 4122 §4.3: SHA-1 of
/// <see cref="Namespace"/> and the UTF-8 name), so the same name always gives the same UID and
/// different names collide only with SHA-1-collision odds — no registered root is needed.
/// </summary>
public static class DicomUid
{
    /// <summary>The name-space UUID of all QCFramework UIDs, drawn once at random (version 4).</summary>
    public static readonly Guid Namespace = new("790a3203-e6ab-4f04-a74d-4ef56331028e");

    /// <summary>Longest UID that PS3.5 §9.1 allows.</summary>
    public const int MaxLength = 64;

    /// <summary>The 2.25 UID of the version-5 UUID of <paramref name="name"/> in <see cref="Namespace"/>.</summary>
    public static string FromName(string name)
    {
        Span<byte> input = stackalloc byte[16];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] data = new byte[16 + nameBytes.Length];
        input.CopyTo(data);
        nameBytes.CopyTo(data, 16);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(data, hash);
        Span<byte> uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC 4122 variant
        var integer = new BigInteger(uuid, isUnsigned: true, isBigEndian: true);
        return "2.25." + integer.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="uid"/> is a valid UID (PS3.5 §9.1): at most 64 characters,
    /// dot-separated decimal components without leading zeros.</summary>
    public static bool IsValid(string uid)
    {
        if (uid.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var component in uid.Split('.'))
        {
            if (component.Length == 0 || (component.Length > 1 && component[0] == '0'))
            {
                return false;
            }

            foreach (char c in component)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
