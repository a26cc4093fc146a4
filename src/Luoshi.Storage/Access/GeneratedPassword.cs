using System.Security.Cryptography;

namespace Luoshi.Storage;

/// <summary>A password made for a person when the administrator gives none (the command line, the accounts page, the
/// demo): characters from the cryptographic generator, without look-alikes (0/O, 1/l/I), so it can be read out or
/// typed from paper.</summary>
public static class GeneratedPassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new password of <paramref name="length"/> characters (at least the ledger's minimum of 10).</summary>
    public static string New(int length = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 10);
        return RandomNumberGenerator.GetString(Alphabet, length);
    }
}
