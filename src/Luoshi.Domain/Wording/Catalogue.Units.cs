namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Organisational units (单位): their kinds and the units file.</summary>
    public static class Units
    {
    }
}
