using System.Security.Cryptography;

namespace Luoshi.Cli.Commands.Access;

/// <summary>A password made for a person when the administrator gives none: 20 characters from the cryptographic
/// generator, without look-alikes (0/O, 1/l/I), so it can be read out or typed from paper.</summary>
internal static class GeneratedPassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
