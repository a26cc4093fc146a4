using Luoshi.Domain.Households;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Households.Schema;

/// <summary>households: number and head's identity number each unique; members as JSON; the state by name, indexed
/// with the village for the warnings, which read only flagged and identified households, and the income by year for
/// the bottom line.</summary>
internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("households");
        builder.HasIndex(h => h.Number).IsUnique();
        builder.HasIndex(h => h.HeadIdNumber).IsUnique();
        builder.HasIndex(h => new { h.State, h.VillageCode });
        builder.HasIndex(h => h.VillageCode);
        // The bottom line reads the households under each year's line as a range of this index, not a scan of all.
        builder.HasIndex(h => new { h.IncomeYear, h.Income });
        builder.Property(h => h.Members).HasJsonConversion();
        builder.Property(h => h.State).HasConversion<string>();
        builder.Property(h => h.Source).HasConversion<string>();
        builder.Property(h => h.Risks).HasConversion<int>();
        builder.Property(h => h.Income).StoredAsFen();
    }
}
