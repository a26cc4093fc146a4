using Luoshi.Domain.Households;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Csv;

namespace Luoshi.Storage.Households.Import;

/// <summary>Finds a person or a household number twice in one file, naming both lines. People are kept by the 64-bit
/// key of their identity number, so two million households with their members fit in a few hundred megabytes.</summary>
internal sealed class FileDuplicates
{
    private readonly Dictionary<long, int> _people = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    /// <summary>False after listing the row's duplicates.</summary>
    public bool Check(HouseholdLine row, CsvErrors errors)
    {
        var ok = true;
        if (!_numbers.TryAdd(row.Number, row.Line))
        {
            errors.Add(row.Line, "household", Catalogue.Households.NumberTwice(row.Number, _numbers[row.Number]));
            ok = false;
        }

        if (!_people.TryAdd(row.IdKey, row.Line))
        {
            errors.Add(row.Line, "id_number", Catalogue.Households.PersonTwice(PersonalData.MaskIdentityNumber(row.IdNumber), _people[row.IdKey]));
            ok = false;
        }

        for (var i = 0; i < row.MemberKeys.Length; i++)
        {
            var key = row.MemberKeys[i];
            if (key == row.IdKey || Array.IndexOf(row.MemberKeys, key) < i)
            {
                errors.Add(row.Line, "members", Catalogue.Households.MemberTwice(i + 1));
                ok = false;
            }
            else if (!_people.TryAdd(key, row.Line))
            {
                errors.Add(row.Line, "members", Catalogue.Households.MemberElsewhere(i + 1, PersonalData.MaskIdentityNumber(row.Members[i].IdNumber), _people[key]));
                ok = false;
            }
        }

        return ok;
    }
}
