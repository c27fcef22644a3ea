use super::*;
use crate::situation::Situation;

const PLAN: [MethodId; 2] = [MethodId::Phone, MethodId::Authenticator];

/// Registration order used by these tests: as given (the real rule is tested
/// in `recommend`).
fn as_given(methods: &[MethodId]) -> Vec<MethodId> {
    methods.to_vec()
}

fn answered() -> Progress {
    let mut progress = Progress {
        situation: Situation::answered(["smartphone", "allowed", "rarely", "ok", "none", "pc"]),
        ..Progress::default()
    };
    progress.step = StepId::Situation;
    progress
}

fn at_register() -> Progress {
    let mut p = answered();
    p.next(&PLAN, as_given).unwrap(); // -> plan
    p.next(&PLAN, as_given).unwrap(); // -> prepare
    p.next(&PLAN, as_given).unwrap(); // -> register
    p
}

#[test]
fn the_situation_step_needs_every_required_answer() {
    let mut p = Progress {
        step: StepId::Situation,
        ..Progress::default()
    };
    assert_eq!(p.next(&PLAN, as_given), Err(Blocked::SituationIncomplete));
    assert_eq!(p.step, StepId::Situation);
    let mut p = answered();
    assert_eq!(p.next(&PLAN, as_given), Ok(()));
    assert_eq!(p.step, StepId::Plan);
}

#[test]
fn leaving_the_plan_fixes_the_methods_in_registration_order() {
    let mut p = answered();
    p.next(&PLAN, as_given).unwrap();
    p.next(&PLAN, |m: &[MethodId]| m.iter().rev().copied().collect())
        .unwrap();
    assert_eq!(p.step, StepId::Prepare);
    assert_eq!(
        p.to_register,
        vec![MethodId::Authenticator, MethodId::Phone]
    );
}

#[test]
fn an_empty_selection_cannot_leave_the_plan() {
    let mut p = answered();
    p.next(&PLAN, as_given).unwrap();
    p.toggle(MethodId::Phone, &PLAN);
    p.toggle(MethodId::Authenticator, &PLAN);
    assert_eq!(p.chosen(&PLAN), vec![]);
    assert_eq!(p.next(&PLAN, as_given), Err(Blocked::NothingChosen));
    assert_eq!(p.step, StepId::Plan);
}

#[test]
fn toggling_adds_and_removes_in_catalogue_order() {
    let mut p = answered();
    p.toggle(MethodId::OfficePhone, &PLAN);
    assert_eq!(
        p.chosen(&PLAN),
        vec![
            MethodId::Authenticator,
            MethodId::Phone,
            MethodId::OfficePhone
        ]
    );
    p.toggle(MethodId::Authenticator, &PLAN);
    assert_eq!(
        p.chosen(&PLAN),
        vec![MethodId::Phone, MethodId::OfficePhone]
    );
}

#[test]
fn register_walks_through_each_method_then_verify_then_done() {
    let mut p = at_register();
    assert_eq!(p.step, StepId::Register);
    assert_eq!(p.current_method(), Some(MethodId::Phone));
    p.mark_current_registered();
    assert_eq!(p.step, StepId::Register);
    assert_eq!(p.current_method(), Some(MethodId::Authenticator));
    p.mark_current_registered();
    assert_eq!(p.step, StepId::Verify);
    assert_eq!(p.registered, PLAN.to_vec());
    p.next(&PLAN, as_given).unwrap();
    assert_eq!(p.step, StepId::Done);
    assert!(p.tested);
}

#[test]
fn back_undoes_the_last_registered_click() {
    let mut p = at_register();
    p.mark_current_registered();
    p.mark_current_registered();
    assert_eq!(p.step, StepId::Verify);
    p.back();
    assert_eq!(
        (p.step, p.current_method()),
        (StepId::Register, Some(MethodId::Authenticator))
    );
    p.back();
    assert_eq!(
        (p.step, p.current_method()),
        (StepId::Register, Some(MethodId::Phone))
    );
    p.back();
    assert_eq!(p.step, StepId::Prepare);
    p.back();
    p.back();
    p.back();
    assert_eq!(p.step, StepId::Welcome);
    p.back();
    assert_eq!(
        p.step,
        StepId::Welcome,
        "back on the first step stays there"
    );
}

#[test]
fn the_indicator_cannot_jump_ahead_of_what_was_reached() {
    let mut p = answered();
    assert_eq!(p.furthest_reachable(), StepId::Plan);
    assert_eq!(p.go_to(StepId::Register), Err(Blocked::NotYetReachable));
    assert_eq!(p.go_to(StepId::Welcome), Ok(()));
    assert_eq!(p.go_to(StepId::Plan), Ok(()));
    let mut p = at_register();
    assert_eq!(p.go_to(StepId::Situation), Ok(()));
    assert_eq!(p.go_to(StepId::Register), Ok(()));
    assert_eq!(p.go_to(StepId::Verify), Err(Blocked::NotYetReachable));
}

#[test]
fn changed_answers_forget_the_plan_but_not_what_was_registered() {
    let mut p = at_register();
    p.mark_current_registered();
    p.toggle(MethodId::OfficePhone, &PLAN);
    p.answers_changed();
    assert_eq!(p.selection, None);
    assert!(p.to_register.is_empty());
    assert_eq!(p.registered, vec![MethodId::Phone]);
    assert_eq!(p.furthest_reachable(), StepId::Plan);
}

#[test]
fn progress_survives_a_json_round_trip_and_holds_no_free_text() {
    let mut p = at_register();
    p.mark_current_registered();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Progress>(&json).unwrap(), p);
    // Only ids and booleans: no field could carry a phone number.
    assert!(!json.chars().any(|c| c.is_ascii_digit()), "{json}");
}

#[test]
fn an_old_or_partial_file_still_loads() {
    let p: Progress = serde_json::from_str(r#"{"step":"plan"}"#).unwrap();
    assert_eq!(p.step, StepId::Plan);
    assert!(serde_json::from_str::<Progress>(r#"{"step":"nowhere"}"#).is_err());
}

#[test]
fn step_ids_round_trip() {
    for step in StepId::ALL {
        assert_eq!(StepId::parse(step.as_str()), Some(step));
    }
    assert_eq!(StepId::parse("Register"), None);
}
