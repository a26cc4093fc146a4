using Luoshi.Storage.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>sign_in_failures: one row per login and client address. The times are stored as UTC ticks, because the
/// sweep of idle rows compares them in the query, which SQLite cannot do with date-time-offset text.</summary>
internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks = new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("sign_in_failures");
        builder.HasIndex(f => new { f.Login, f.Address }).IsUnique();
        builder.Property(f => f.Login).HasMaxLength(SignIn.MaxKeyLength);
        builder.Property(f => f.Address).HasMaxLength(SignIn.MaxKeyLength);
        builder.Property(f => f.LockedUntil).HasConversion(UtcTicks);
        builder.Property(f => f.LastFailureAt).HasConversion(UtcTicks);
    }
}
