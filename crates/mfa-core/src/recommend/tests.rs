use super::*;
use crate::situation::QuestionId;

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
    let smartphone = s.is(QuestionId::Smartphone, "smartphone");
    let mobile = !s.is(QuestionId::Smartphone, "none");
    let lines = profile.phone_lines_work_on(day);
    MethodId::ALL
        .into_iter()
        .filter(|m| profile.enables(*m))
        .filter(|m| match m {
            MethodId::Authenticator | MethodId::Passkey => smartphone,
            MethodId::Phone => lines && mobile && s.is(QuestionId::PrivateNumber, "ok"),
            MethodId::OfficePhone => lines && !s.is(QuestionId::OfficePhone, "none"),
            // Needs a second number the questions do not ask about.
            MethodId::AlternatePhone => false,
            MethodId::SecurityKey => true,
        })
        .collect()
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
                    assert!(
                        count <= m.account_limit().unwrap_or(1).min(1),
                        "{m:?} twice: {context}"
                    );
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
                if !s.is(QuestionId::Smartphone, "smartphone") {
                    assert!(!methods.contains(&MethodId::Authenticator), "{context}");
                    assert!(!methods.contains(&MethodId::Passkey), "{context}");
                }
                if !s.is(QuestionId::PrivateNumber, "ok") {
                    assert!(
                        !methods.contains(&MethodId::Phone),
                        "private number used: {context}"
                    );
                }
                if let Some(first) = plan.entries.first() {
                    assert_eq!(first.role, Role::Primary);
                    if methods.len() > 1 {
                        assert_ne!(
                            first.method,
                            MethodId::SecurityKey,
                            "key as default: {context}"
                        );
                    }
                }
                assert!(plan.entries.iter().skip(1).all(|e| e.role == Role::Backup));
                match methods.len() {
                    0 => assert!(plan.warnings.iter().any(|w| w.id == "no-method")),
                    1 => assert!(plan.warnings.iter().any(|w| w.id == "only-one-method")),
                    _ => assert!(!plan.warnings.iter().any(|w| w.id.ends_with("method"))),
                }
                // The plan is registered in the rule's order.
                assert_eq!(registration_order(&methods).len(), methods.len());
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 3 * 2 * 144);
}

#[test]
fn before_the_retirement_the_help_desk_standard_leads_and_the_date_is_warned() {
    // FAQ Q9: smartphone, phone allowed, number ok: SMS first, then the app.
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "pc"]);
    let plan = recommend(&s, &default_profile(), before());
    assert_eq!(
        plan.methods(),
        vec![MethodId::Phone, MethodId::Authenticator]
    );
    assert_eq!(plan.entries[0].reason, Reason::PhoneStandard);
    assert_eq!(
        plan.warnings,
        vec![PlanWarning {
            id: "retirement-ahead"
        }]
    );
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
        id: "phone-lines-ended"
    }));
}

#[test]
fn an_own_provider_keeps_the_standard_after_the_date() {
    let s = Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "pc"]);
    let plan = recommend(&s, &provider_profile(), after());
    assert_eq!(
        plan.methods(),
        vec![MethodId::Phone, MethodId::Authenticator]
    );
    assert_eq!(plan.entries[0].reason, Reason::PhoneOwnProvider);
    assert!(!plan.warnings.iter().any(|w| w.id == "retirement-ahead"));
}

/// The FAQ's own cases, pinned.
#[test]
fn faq_cases() {
    /// (case, answers, expected methods, expected warnings)
    type Case<'a> = (&'a str, [&'a str; 6], Vec<MethodId>, &'a [&'a str]);
    let cases: &[Case] = &[
        (
            "Q1/Q6: travels abroad with a smartphone",
            ["smartphone", "allowed", "often", "ok", "none", "pc"],
            vec![MethodId::Phone, MethodId::Authenticator],
            &["retirement-ahead", "roaming"],
        ),
        (
            "Q5: a feature phone and an own desk line",
            ["feature-phone", "allowed", "rarely", "ok", "own-line", "pc"],
            vec![MethodId::Phone, MethodId::OfficePhone],
            &["retirement-ahead"],
        ),
        (
            "Q7: smartphone but no private number",
            ["smartphone", "allowed", "rarely", "not-ok", "none", "pc"],
            vec![MethodId::Authenticator, MethodId::Passkey],
            &[],
        ),
        (
            "Q8: phone in a locker, own desk line",
            ["smartphone", "forbidden", "rarely", "ok", "own-line", "pc"],
            vec![
                MethodId::Phone,
                MethodId::Authenticator,
                MethodId::OfficePhone,
            ],
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
            vec![
                MethodId::Phone,
                MethodId::Authenticator,
                MethodId::OfficePhone,
            ],
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
            vec![MethodId::Phone, MethodId::Authenticator],
            &["retirement-ahead", "phone-only-pairing"],
        ),
        (
            "no mobile, no desk line",
            ["none", "allowed", "rarely", "ok", "none", "pc"],
            vec![],
            &["no-method"],
        ),
        (
            "feature phone only: one method",
            ["feature-phone", "allowed", "rarely", "ok", "none", "pc"],
            vec![MethodId::Phone],
            &["only-one-method", "retirement-ahead"],
        ),
    ];
    for (name, answers, methods, warnings) in cases {
        let plan = recommend(&Situation::answered(*answers), &default_profile(), before());
        assert_eq!(&plan.methods(), methods, "{name}");
        let ids: Vec<&str> = plan.warnings.iter().map(|w| w.id).collect();
        assert_eq!(&ids, warnings, "{name}");
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
    let ids: Vec<&str> = plan.warnings.iter().map(|w| w.id).collect();
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
        check_selection(methods, &p, day)
            .iter()
            .map(|w| w.id)
            .collect()
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
        ["retirement-ahead", "phone-lines-only"]
    );
    assert!(ids(&[MethodId::Authenticator, MethodId::Passkey], after()).is_empty());
}

#[test]
fn registration_order_puts_sms_first_the_app_before_its_passkey_and_the_key_last() {
    assert_eq!(
        registration_order(&[
            MethodId::SecurityKey,
            MethodId::Passkey,
            MethodId::Authenticator,
            MethodId::Phone
        ]),
        vec![
            MethodId::Phone,
            MethodId::Authenticator,
            MethodId::Passkey,
            MethodId::SecurityKey
        ]
    );
    assert_eq!(
        registration_order(&[MethodId::OfficePhone, MethodId::AlternatePhone]),
        vec![MethodId::OfficePhone, MethodId::AlternatePhone]
    );
    assert!(registration_order(&[]).is_empty());
}

#[test]
fn every_reason_and_warning_reads_in_both_locales_with_the_date_filled_in() {
    let texts = Texts::load();
    let profile = provider_profile();
    for locale in Locale::ALL {
        for s in every_situation() {
            for day in [before(), after()] {
                for p in [&profile, &default_profile()] {
                    let view = recommend(&s, p, day).view(&texts, locale, p, day);
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
        let date = format_date(Date::MICROSOFT_SMS_VOICE_RETIREMENT, locale);
        let w = PlanWarning {
            id: "retirement-ahead",
        }
        .view(&texts, locale, &profile);
        assert!(w.text.contains(&date), "{}", w.text);
    }
    for id in [
        "method-disabled",
        "security-key-not-default",
        "phone-lines-only",
    ] {
        for locale in Locale::ALL {
            assert!(texts.has(locale, &format!("plan-warning-{id}")), "{id}");
        }
    }
}
