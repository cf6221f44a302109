using System;
using Privacy.Policy.Redaction;

namespace Privacy.Policy.Tests.Redaction;

/// <summary>Redactors with fixed test keys.</summary>
internal static class TestRedactors
{
    public const string KeyId = "2026-11";

    public static readonly byte[] Key = Bytes(0x11);

    public static readonly byte[] OtherKey = Bytes(0x22);

    public static PersonalDataRedactor Keyed { get; } = PersonalDataRedactor.CreateUnchecked(Key, KeyId);

    public static PersonalDataRedactor OtherKeyed { get; } = PersonalDataRedactor.CreateUnchecked(OtherKey, "2026-12");

    public static PersonalDataRedactor Unkeyed { get; } = PersonalDataRedactor.CreateUnchecked(null, null);

    public static PrivacyPolicyOptions Options(Action<PrivacyPolicyOptions>? configure = null)
    {
        var options = new PrivacyPolicyOptions();
        options.Pseudonymization.KeyId = KeyId;
        options.Pseudonymization.Key = Convert.ToBase64String(Key);
        configure?.Invoke(options);
        return options;
    }

    private static byte[] Bytes(byte seed)
    {
        var bytes = new byte[32];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(seed + (i * 7));
        }

        return bytes;
    }
}
