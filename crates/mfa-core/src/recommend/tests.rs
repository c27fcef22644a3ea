use super::*;
use crate::i18n::{Locale, Texts};
use crate::situation::{Device, OfficeLine, PrivateNumber, QuestionId};
use crate::view::{plan_view, warning_view};

fn before() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

fn after() -> Date {
    Date::new(2027, 2, 1).unwrap()
}

fn default_profile() -> Profile {
    Profile::embedded_default()
}

/// An organisation that keeps its own SMS/voice provider and hands out keys.
fn provider_profile() -> Profile {
    let mut p = Profile::embedded_default();
    p.own_telecom_provider = true;
    p.methods_enabled = MethodId::ALL.to_vec();
    p
}

/// Only the app and the phone, as a restrictive organisation might.
fn narrow_profile() -> Profile {
    let mut p = Profile::embedded_default();
    p.methods_enabled = vec![MethodId::Authenticator, MethodId::Phone];
    p
}

/// Every complete combination of answers.
fn every_situation() -> Vec<Situation> {
    let mut all = vec![Situation::default()];
    for q in QuestionId::ALL {
        all = all
            .into_iter()
            .flat_map(|s| {
                q.answers().iter().map(move |a| {
                    let mut next = s.clone();
                    next.set(q, a).unwrap();
                    next
                })
            })
            .collect();
    }
    all
}

/// The methods this situation could use at all under `profile` on `day`.
fn possible(s: &Situation, profile: &Profile, day: Date) -> Vec<MethodId> {
    let smartphone = s.has_smartphone();
    let mobile = s.device() != Some(Device::NoMobile);
    let lines = profile.phone_lines_work_on(day);
    MethodId::ALL
        .into_iter()
        .filter(|m| profile.enables(*m))
        .filter(|m| match m {
            MethodId::Authenticator | MethodId::Passkey => smartphone,
            MethodId::Phone => lines && mobile && (s.private_number() == Some(PrivateNumber::Ok)),
            MethodId::OfficePhone => lines && s.office_line() != Some(OfficeLine::NoLine),
            // Needs a second number the questions do not ask about.
            MethodId::AlternatePhone => false,
            MethodId::SecurityKey => true,
        })
        .collect()
}

fn warning_ids(warnings: &[PlanWarning]) -> Vec<&'static str> {
    warnings.iter().map(|w| w.id.as_str()).collect()
}

#[test]
fn invariants_hold_for_every_situation_profile_and_era() {
    let situations = every_situation();
    assert_eq!(situations.len(), 3 * 2 * 2 * 2 * 3 * 2);
    let mut checked = 0;
    for profile in [default_profile(), provider_profile(), narrow_profile()] {
        for day in [before(), after()] {
            for s in &situations {
                let plan = recommend(s, &profile, day);
                let methods = plan.methods();
                let context = format!("{s:?} {day:?} provider={}", profile.own_telecom_provider);
                for m in &methods {
                    assert!(profile.enables(*m), "disabled {m:?}: {context}");
                }
                for m in MethodId::ALL {
                    let count = methods.iter().filter(|x| **x == m).count();
                    assert!(count <= 1, "{m:?} twice: {context}");
                }
                if possible(s, &profile, day).len() >= 2 {
                    assert!(
                        methods.len() >= 2,
                        "only {methods:?} though two are possible: {context}"
                    );
                }
                if !profile.phone_lines_work_on(day) {
                    assert!(
                        !methods.iter().any(|m| m.is_phone_line()),
                        "phone after retirement: {context}"
                    );
                }
                if !s.has_smartphone() {
                    assert!(!methods.contains(&MethodId::Authenticator), "{context}");
                    assert!(!methods.contains(&MethodId::Passkey), "{context}");
                }
                if !(s.private_number() == Some(PrivateNumber::Ok)) {
                    assert!(
                        !methods.contains(&MethodId::Phone),
                        "private number used: {context}"
                    );
                }
                let primaries: Vec<&PlanEntry> = plan
                    .entries
                    .iter()
                    .filter(|e| e.role == Role::Primary)
                    .collect();
                assert!(primaries.len() <= 1, "two primaries: {context}");
                if let Some(primary) = primaries.first() {
                    assert_eq!(&plan.entries[0], *primary, "the primary leads: {context}");
                    assert_ne!(
                        primary.method,
                        MethodId::SecurityKey,
                        "key as default: {context}"
                    );
                }
                // Interim entries (phone lines that end) come last.
                let first_interim = plan.entries.iter().position(|e| e.role == Role::Interim);
                if let Some(at) = first_interim {
                    assert!(
                        plan.entries[at..].iter().all(|e| e.role == Role::Interim),
                        "{context}"
                    );
                }
                match methods.len() {
                    0 => assert!(plan.warnings.iter().any(|w| w.id == WarningId::NoMethod)),
                    1 => assert!(plan
                        .warnings
                        .iter()
                        .any(|w| w.id == WarningId::OnlyOneMethod)),
                    _ => assert!(!plan
                        .warnings
                        .iter()
                        .any(|w| matches!(w.id, WarningId::NoMethod | WarningId::OnlyOneMethod))),
                }
                // The plan is registered in the rule's order, starting with a
                // method Microsoft's first-time setup offers when there is one.
                let order = registration_order(&methods, &profile);
                assert_eq!(order.len(), methods.len());
                if methods.iter().any(|m| m.offered_at_first_sign_in()) {
                    assert!(order[0].offered_at_first_sign_in(), "{order:?}: {context}");
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 3 * 2 * 144);
}

/// The invariants, on the days it names: every combination of answers,
/// with and without the organisation's own telecom provider.
#[test]
fn without_a_provider_no_plan_leads_with_a_phone_line_and_after_the_date_none_has_one() {
    let december = Date::new(2026, 12, 1).unwrap();
    let march = Date::new(2027, 3, 1).unwrap();
    for provider in [false, true] {
        let mut profile = default_profile();
        profile.own_telecom_provider = provider;
        profile.methods_enabled = MethodId::ALL.to_vec();
        for day in [december, march] {
            for s in every_situation() {
                let plan = recommend(&s, &profile, day);
                let context = format!("{s:?} {day:?} provider={provider}");
                if provider {
                    // The FAQ's standard stays: a phone line may lead, and lasts.
                    assert!(
                        plan.entries.iter().all(|e| e.role != Role::Interim),
                        "{context}"
                    );
                    if s.has_smartphone() && (s.private_number() == Some(PrivateNumber::Ok)) {
                        assert_eq!(plan.entries[0].method, MethodId::Phone, "{context}");
                    }
                    continue;
                }
                for e in &plan.entries {
                    if e.method.is_phone_line() {
                        assert_eq!(e.role, Role::Interim, "a phone line that lasts? {context}");
                    }
                }
                if let Some(first) = plan.entries.first() {
                    if plan.entries.iter().any(|e| !e.method.is_phone_line()) {
                        assert!(
                            !first.method.is_phone_line(),
                            "leads with a phone line: {context}"
                        );
                    }
                }
                if s.has_smartphone() {
                    assert_eq!(plan.entries[0].method, MethodId::Authenticator, "{context}");
                    assert_eq!(plan.entries[0].role, Role::Primary, "{context}");
                }
                if day == march {
                    assert!(
                        !plan.methods().iter().any(|m| m.is_phone_line()),
                        "{context}"
                    );
                }
            }
        }
    }
}

#[test]
fn before_the_retirement_without_a_provider_the_app_leads_and_says_why() {
    // FAQ Q9's person: smartphone, phone allowed, number ok.
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "pc"]);
    let plan = recommend(&s, &default_profile(), before());
    assert_eq!(
        plan.methods(),
        vec![MethodId::Authenticator, MethodId::Passkey]
    );
    assert_eq!(plan.entries[0].reason, Reason::AuthenticatorOutlastsSms);
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    let texts = Texts::load();
    for locale in Locale::ALL {
        let reason = &plan_view(&plan, &texts, locale, &default_profile()).entries[0].reason;
        assert!(
            reason.contains("Q2"),
            "names the FAQ it departs from: {reason}"
        );
    }
}

#[test]
fn a_feature_phone_keeps_sms_until_the_date_and_is_told_what_to_do() {
    let s = Situation::answered(["feature-phone", "allowed", "rarely", "ok", "none", "pc"]);
    let plan = recommend(&s, &default_profile(), before());
    assert_eq!(plan.methods(), vec![MethodId::Phone]);
    assert_eq!(plan.entries[0].role, Role::Interim);
    assert_eq!(
        plan.entries[0].reason,
        Reason::PhoneFeaturePhoneUntilRetirement
    );
    assert_eq!(
        warning_ids(&plan.warnings),
        ["only-one-method", "no-lasting-method"]
    );
    // Where the organisation hands out keys, the key is the lasting method.
    let mut with_keys = default_profile();
    with_keys.methods_enabled.push(MethodId::SecurityKey);
    let plan = recommend(&s, &with_keys, before());
    assert_eq!(plan.methods(), vec![MethodId::SecurityKey, MethodId::Phone]);
    assert_eq!(plan.entries[1].role, Role::Interim);
}

#[test]
fn office_and_alternate_phones_end_with_sms_without_a_provider() {
    let s = Situation::answered(["smartphone", "forbidden", "rarely", "ok", "own-line", "pc"]);
    let plan = recommend(&s, &default_profile(), before());
    assert_eq!(
        plan.methods(),
        vec![
            MethodId::Authenticator,
            MethodId::Passkey,
            MethodId::OfficePhone
        ]
    );
    assert_eq!(plan.entries[2].role, Role::Interim);
    assert_eq!(plan.entries[2].reason, Reason::OfficePhoneUntilRetirement);
    assert_eq!(warning_ids(&plan.warnings), ["retirement-ahead"]);
    let texts = Texts::load();
    let view = plan_view(&plan, &texts, Locale::En, &default_profile());
    assert_eq!(view.entries[2].role_label, "Until 1 February 2027");
    let after = recommend(&s, &default_profile(), after());
    assert_eq!(
        after.methods(),
        vec![MethodId::Authenticator, MethodId::Passkey]
    );
    assert!(MethodId::AlternatePhone.is_phone_line());
}

#[test]
fn after_the_retirement_the_app_leads_with_a_passkey() {
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "own-line", "pc"]);
    let plan = recommend(&s, &default_profile(), after());
    assert_eq!(
        plan.methods(),
        vec![MethodId::Authenticator, MethodId::Passkey]
    );
    assert_eq!(plan.entries[0].reason, Reason::AuthenticatorAfterRetirement);
    assert!(plan.warnings.contains(&PlanWarning {
        id: WarningId::PhoneLinesEnded
    }));
}

#[test]
fn an_own_provider_keeps_the_standard_before_and_after_the_date() {
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "pc"]);
    let plan = recommend(&s, &provider_profile(), before());
    assert_eq!(
        plan.methods(),
        vec![MethodId::Phone, MethodId::Authenticator]
    );
    assert_eq!(plan.entries[0].reason, Reason::PhoneStandard);
    let plan = recommend(&s, &provider_profile(), after());
    assert_eq!(
        plan.methods(),
        vec![MethodId::Phone, MethodId::Authenticator]
    );
    assert_eq!(plan.entries[0].reason, Reason::PhoneOwnProvider);
    assert!(!plan
        .warnings
        .iter()
        .any(|w| w.id == WarningId::RetirementAhead));
}

/// The FAQ's own cases, pinned, where the organisation keeps its own provider
/// (the FAQ's world), and as the assistant advises them without one.
#[test]
fn faq_cases() {
    /// (case, answers, with a provider, without one (warnings of the latter))
    type Case<'a> = (
        &'a str,
        [&'a str; 6],
        Vec<MethodId>,
        Vec<MethodId>,
        &'a [&'a str],
    );
    use MethodId::*;
    let cases: &[Case] = &[
        (
            "Q1/Q6: travels abroad with a smartphone",
            ["smartphone", "allowed", "often", "ok", "none", "pc"],
            vec![Phone, Authenticator],
            vec![Authenticator, Passkey],
            &[],
        ),
        (
            "Q5: a feature phone and an own desk line",
            ["feature-phone", "allowed", "rarely", "ok", "own-line", "pc"],
            vec![Phone, OfficePhone],
            vec![Phone, OfficePhone],
            &["no-lasting-method"],
        ),
        (
            "Q7: smartphone but no private number",
            ["smartphone", "allowed", "rarely", "not-ok", "none", "pc"],
            vec![Authenticator, Passkey],
            vec![Authenticator, Passkey],
            &[],
        ),
        (
            "Q8: phone in a locker, own desk line",
            ["smartphone", "forbidden", "rarely", "ok", "own-line", "pc"],
            vec![Phone, Authenticator, OfficePhone],
            vec![Authenticator, Passkey, OfficePhone],
            &["retirement-ahead"],
        ),
        (
            "Q8: phone in a locker, shared desk line",
            [
                "smartphone",
                "forbidden",
                "rarely",
                "ok",
                "shared-line",
                "pc",
            ],
            vec![Phone, Authenticator, OfficePhone],
            vec![Authenticator, Passkey, OfficePhone],
            &["retirement-ahead", "office-phone-shared"],
        ),
        (
            "Q15: registering with only a smartphone",
            [
                "smartphone",
                "allowed",
                "rarely",
                "ok",
                "none",
                "phone-only",
            ],
            vec![Phone, Authenticator],
            vec![Authenticator, Passkey],
            &["phone-only-pairing"],
        ),
        (
            "no mobile, no desk line",
            ["none", "allowed", "rarely", "ok", "none", "pc"],
            vec![],
            vec![],
            &["no-method"],
        ),
        (
            "feature phone only: one method",
            ["feature-phone", "allowed", "rarely", "ok", "none", "pc"],
            vec![Phone],
            vec![Phone],
            &["only-one-method", "no-lasting-method"],
        ),
    ];
    let mut provider = default_profile();
    provider.own_telecom_provider = true;
    for (name, answers, with_provider, without, warnings) in cases {
        let s = Situation::answered(*answers);
        assert_eq!(
            &recommend(&s, &provider, before()).methods(),
            with_provider,
            "{name}"
        );
        let plan = recommend(&s, &default_profile(), before());
        assert_eq!(&plan.methods(), without, "{name}");
        assert_eq!(&warning_ids(&plan.warnings), warnings, "{name}");
    }
}

#[test]
fn without_a_smartphone_after_the_date_a_security_key_where_offered() {
    let s = Situation::answered(["feature-phone", "allowed", "rarely", "ok", "own-line", "pc"]);
    let mut profile = default_profile();
    profile.methods_enabled.push(MethodId::SecurityKey);
    let plan = recommend(&s, &profile, after());
    assert_eq!(plan.methods(), vec![MethodId::SecurityKey]);
    assert_eq!(plan.entries[0].reason, Reason::SecurityKeyNoSmartphone);
    let ids = warning_ids(&plan.warnings);
    assert_eq!(
        ids,
        [
            "only-one-method",
            "phone-lines-ended",
            "security-key-help-desk"
        ]
    );
}

#[test]
fn an_incomplete_situation_gets_a_cautious_plan_without_panicking() {
    for profile in [default_profile(), provider_profile()] {
        for day in [before(), after()] {
            let plan = recommend(&Situation::default(), &profile, day);
            assert!(!plan.methods().contains(&MethodId::Phone));
            assert!(!plan.methods().contains(&MethodId::Authenticator));
        }
    }
}

#[test]
fn selection_checks() {
    let p = default_profile();
    let ids = |methods: &[MethodId], day| -> Vec<&str> {
        warning_ids(&check_selection(methods, &p, day))
    };
    assert_eq!(
        ids(&[MethodId::Authenticator], before()),
        ["only-one-method"]
    );
    assert_eq!(
        ids(&[MethodId::Phone, MethodId::Authenticator], before()),
        ["retirement-ahead"]
    );
    assert_eq!(
        ids(&[MethodId::Phone, MethodId::Authenticator], after()),
        ["phone-lines-ended"]
    );
    assert_eq!(
        ids(&[MethodId::SecurityKey], before()),
        [
            "only-one-method",
            "method-disabled",
            "security-key-not-default"
        ]
    );
    assert_eq!(
        ids(&[MethodId::Phone, MethodId::OfficePhone], before()),
        ["no-lasting-method", "phone-lines-only"]
    );
    assert!(ids(&[MethodId::Authenticator, MethodId::Passkey], after()).is_empty());
}

#[test]
fn registration_order_follows_the_lines_and_starts_where_microsoft_starts() {
    use MethodId::*;
    let all = [SecurityKey, Passkey, Authenticator, Phone];
    assert_eq!(
        registration_order(&all, &provider_profile()),
        vec![Phone, Authenticator, Passkey, SecurityKey],
        "with a provider: SMS first (FAQ Q9)"
    );
    assert_eq!(
        registration_order(&all, &default_profile()),
        vec![Authenticator, Passkey, Phone, SecurityKey],
        "without: the app first"
    );
    // The first must be one "Keep your account secure" offers.
    assert_eq!(
        registration_order(&[Passkey, Phone, OfficePhone], &default_profile()),
        vec![Phone, Passkey, OfficePhone]
    );
    assert_eq!(
        registration_order(&[OfficePhone, AlternatePhone], &default_profile()),
        vec![OfficePhone, AlternatePhone]
    );
    assert!(registration_order(&[], &default_profile()).is_empty());
}

#[test]
fn every_reason_and_warning_reads_in_both_locales_with_the_date_filled_in() {
    let texts = Texts::load();
    let profile = provider_profile();
    for locale in Locale::ALL {
        for s in every_situation() {
            for day in [before(), after()] {
                for p in [&profile, &default_profile()] {
                    let view = plan_view(&recommend(&s, p, day), &texts, locale, p);
                    for e in &view.entries {
                        assert!(!e.reason.starts_with("plan-reason-"), "{}", e.reason);
                        assert!(!e.reason.contains('{'), "{}", e.reason);
                        assert!(!e.name.starts_with("method-"), "{}", e.name);
                    }
                    for w in &view.warnings {
                        assert!(!w.text.starts_with("plan-warning-"), "{locale:?} {}", w.id);
                    }
                }
            }
        }
        let date = Date::MICROSOFT_SMS_VOICE_RETIREMENT.written(locale);
        let w = warning_view(
            &PlanWarning {
                id: WarningId::RetirementAhead,
            },
            &texts,
            locale,
            &profile,
        );
        assert!(w.text.contains(&date), "{}", w.text);
    }
    for id in WarningId::ALL {
        for locale in Locale::ALL {
            let message = format!("plan-warning-{}", id.as_str());
            assert!(texts.has(locale, &message), "{message}");
        }
    }
    for reason in Reason::ALL {
        for locale in Locale::ALL {
            assert!(
                texts.has(locale, &format!("plan-reason-{}", reason.as_str())),
                "{reason:?}"
            );
        }
    }
}
