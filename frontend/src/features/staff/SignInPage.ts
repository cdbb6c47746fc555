// Staff sign-in with e-mail and password (staffLogin sets the session cookie).
import { execute } from '../../api/graphql';
import { h } from '../../components/dom';
import { icon } from '../../components/icons';
import { graphql } from '../../gql';
import { t } from '../../i18n';
import type { StaffPage } from './console';
import { field, input, onSubmit, outcome } from './ui';

const StaffLoginMutation = graphql(`
  mutation StaffLogin($email: String!, $password: String!) {
    staffLogin(email: $email, password: $password) {
      id
      role
    }
  }
`);

export function signInPage(deps: { signedIn(): Promise<void> }): StaffPage {
  return {
    title: t('staff.signIn.title'),
    render(main) {
      const email = input({ type: 'email', name: 'email', autocomplete: 'username', required: true });
      const password = input({ type: 'password', name: 'password', autocomplete: 'current-password', required: true });
      const result = outcome();
      const form = h(
        'form',
        { class: 'staff-form sign-in-form', novalidate: true },
        field(t('staff.signIn.email'), email),
        field(t('staff.signIn.password'), password),
        result.element,
        h('button', { type: 'submit', class: 'button button-primary' }, icon('hello'), h('span', {}, t('staff.signIn.submit'))),
      );
      onSubmit(form, async () => {
        result.clear();
        try {
          await execute(StaffLoginMutation, { email: email.value.trim(), password: password.value });
          await deps.signedIn();
        } catch (error) {
          result.error(error);
          password.value = '';
          password.focus();
        }
      });
      main.append(
        h(
          'div',
          { class: 'sign-in-page' },
          h('h1', { tabindex: '-1' }, t('staff.signIn.title')),
          h('p', { class: 'screen-hint' }, t('staff.signIn.hint')),
          form,
          h('p', {}, h('a', { href: '/', 'data-link': true }, t('staff.signIn.toTablet'))),
        ),
      );
      email.focus();
    },
  };
}
