namespace Luoshi.Domain.Households;

/// <summary>How names and identity numbers are shown where they must not be read in full: the first six digits
/// (the address code) and the last four of a number, the first and last character of a name.</summary>
public static class PersonalData
{
    /// <summary>440784********1234: the address code and the last four, the birth date and sequence hidden.</summary>
    public static string MaskIdentityNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.Length <= 10 ? new string('*', number.Length) : string.Concat(number.AsSpan(0, 6), new string('*', number.Length - 10), number.AsSpan(number.Length - 4));
    }

    /// <summary>张*明, 李*, 欧阳**: the family name and, from three characters on, the last character.</summary>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        return text.Length switch
        {
            0 => "",
            1 => "*",
            2 => text[0] + "*",
            _ => text[0] + new string('*', text.Length - 2) + text[^1],
        };
    }
}
