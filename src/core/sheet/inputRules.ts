/**
 * The data-validation texts of the templates, written once: whole numbers ≥ 0 on count inputs
 * (`SheetModel.countInputs`, a Stop alert) and a drop-down on choice inputs (`choiceInputs`, an
 * Information alert: other spellings are still read through the alias catalogue).
 */
export const INPUT_RULES = {
  count: { title: "Số không hợp lệ", message: "Chỉ nhập số nguyên không âm (0, 1, 2, …)." },
  choice: { title: "Ngoài danh sách", message: "Nên chọn trong danh sách; cách ghi khác vẫn được ghi nhận." },
} as const;
