using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Households;

/// <summary>The citizen identity number of GB 11643-1999: 6 digits of the address code, 8 of the birth date
/// (yyyyMMdd), 3 of the sequence code and a check character computed by ISO 7064:1983 MOD 11-2.</summary>
public static class IdentityNumber
{
    /// <summary>The length of a (second-generation) identity number.</summary>
    public const int Length = 18;

    // GB 11643-1999 clause 8.2: the weight of position i (counted from the right, the check character being 1) is
    // 2^(i-1) mod 11, which for positions 18 down to 2 gives these; the remainder of the weighted sum mod 11 picks
    // the check character from the second table.
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Null when <paramref name="text"/> is a well-formed identity number, else what is wrong with it, in
    /// words a person fixing the file can act on.</summary>
    public static Words? Problem(ReadOnlySpan<char> text)
    {
        if (text.Length != Length)
        {
            return Catalogue.Households.IdLength(text.Length);
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return Catalogue.Households.IdDigit(i + 1);
            }
        }

        if (!DateOnly.TryParseExact(text.Slice(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Catalogue.Households.IdBirthDate(text.Slice(6, 8).ToString());
        }

        var check = char.ToUpperInvariant(text[Length - 1]);
        var expected = CheckCharacter(text[..(Length - 1)]);
        return check == expected ? null : Catalogue.Households.IdCheck(text[Length - 1], expected);
    }

    /// <summary>The check character (0–9 or X) of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("expected the first 17 digits", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>The number as one 64-bit key (the 17 digits, times 11, plus the check value), for finding duplicates
    /// among millions without keeping millions of strings; only for numbers without a <see cref="Problem"/>.</summary>
    public static long Key(ReadOnlySpan<char> number)
    {
        var key = 0L;
        for (var i = 0; i < Length - 1; i++)
        {
            key = (key * 10) + (number[i] - '0');
        }

        var last = char.ToUpperInvariant(number[Length - 1]);
        return (key * 11) + (last == 'X' ? 10 : last - '0');
    }

    /// <summary>The stored form: upper-case X.</summary>
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.Trim().ToUpperInvariant();
    }
}
