using Luoshi.Domain.Access;

namespace Luoshi.Domain.Households;

/// <summary>What of a household's personal data a person sees: every list and export masks names and identity
/// numbers; the detail view shows them in full only to the roles whose work needs them.</summary>
/// <param name="Names">Names in full.</param>
/// <param name="IdentityNumbers">Identity numbers in full.</param>
public readonly record struct Disclosure(bool Names, bool IdentityNumbers)
{
    /// <summary>Everything masked: lists, exports, leaders.</summary>
    public static Disclosure Masked => new(false, false);

    /// <summary>The detail view: the supervision office and administrators (who identify households, check
    /// department data and answer for corrections) see everything; town and village staff, who visit the families,
    /// see names but not identity numbers; leaders read figures and see neither.</summary>
    public static Disclosure ForDetail(AccountRole role) => role switch
    {
        AccountRole.Office or AccountRole.Administrator => new(true, true),
        AccountRole.UnitReporter => new(true, false),
        _ => Masked,
    };

    /// <summary>The name as this disclosure shows it.</summary>
    public string Name(string name) => Names ? name : PersonalData.MaskName(name);

    /// <summary>The identity number as this disclosure shows it.</summary>
    public string IdentityNumber(string number) => IdentityNumbers ? number : PersonalData.MaskIdentityNumber(number);
}
