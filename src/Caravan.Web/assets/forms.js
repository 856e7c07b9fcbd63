// A calendar beside a date box that also takes "2022" or "2022-09": picking a day fills the box; typing stays free.
document.querySelectorAll('input.picker[data-for]').forEach(picker => {
  const box = picker.form && picker.form.elements[picker.dataset.for];
  if (!box) return;
  if (/^\d{4}-\d{2}-\d{2}$/.test(box.value)) picker.value = box.value;
  picker.addEventListener('change', () => { box.value = picker.value; });
});
